import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BenchResult, formatResults } from './bench-format.ts';
import { writeRegister } from './import-register.ts';

/**
 * Two sizes, so that what the import holds per row shows apart from what any process holds.
 * Below about 50 000 rows an import ends before V8 has grown its heap to its working size,
 * so a smaller first size would count that growth as memory per row.
 * `PRISTAV_BENCH_IMPORT_ROWS=25000,100000` measures others.
 */
const sizes = (process.env.PRISTAV_BENCH_IMPORT_ROWS ?? '50000,200000')
  .split(',')
  .map(Number)
  .slice(0, 2);
const child = join(import.meta.dirname, 'import-memory-child.ts');

interface ChildRun {
  ms: number;
  peakKiB: number;
  startKiB: number;
}

function runChild(mode: 'app' | 'raw', folder: string, database: string): ChildRun {
  // The same Node that runs the bench (npm's pinned Node 24), with the same flags.
  const out = execFileSync(process.execPath, [...process.execArgv, child, mode, folder, database], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').at(-1)!) as ChildRun;
}

const mib = (kib: number) => kib / 1024;
const thousands = (n: number) => n.toLocaleString('cs-CZ');

/**
 * The legacy import of generated CSV registers (a fifth clients, the rest acts; `;` and Czech
 * dates) through import.start, each size in a fresh child process whose peak resident size is
 * read from the kernel, beside plain INSERTs of the same rows read from the same files.
 */
export function benchImport(dir: string): BenchResult[] {
  const runs = sizes.map((rows) => {
    const folder = join(dir, `Legacy ${rows}`);
    writeRegister(folder, rows);
    const app = runChild('app', folder, join(dir, `import-app-${rows}.sqlite`));
    const raw = runChild('raw', folder, join(dir, `import-raw-${rows}.sqlite`));
    return { rows, app, raw };
  });
  const [small, large] = runs as [(typeof runs)[0], (typeof runs)[0]];
  if (!large || !(large.rows > small.rows)) throw new Error('two sizes, the smaller first');
  const perRow = (pick: 'app' | 'raw') =>
    (large[pick].peakKiB - small[pick].peakKiB) / (large.rows - small.rows);
  return [
    {
      name: `legacy import: ${thousands(large.rows)} CSV rows (clients + acts)`,
      unit: 'ms',
      figure: large.app.ms,
      baseline: large.raw.ms,
    },
    { name: '… rows per second', unit: 'rows/s', figure: large.rows / (large.app.ms / 1000) },
    ...runs.map(({ rows, app, raw }) => ({
      name: `… peak RSS, ${thousands(rows)} rows (child process)`,
      unit: 'MiB',
      figure: mib(app.peakKiB),
      baseline: mib(raw.peakKiB),
    })),
    {
      name: `… peak RSS growth per row (${thousands(small.rows)} → ${thousands(large.rows)})`,
      unit: 'KiB',
      figure: perRow('app'),
      baseline: perRow('raw'),
    },
  ];
}

// `node scripts/bench/import-bench.ts`: this benchmark alone.
if (import.meta.main) {
  const dir = mkdtempSync(join(tmpdir(), 'pristav-bench-'));
  try {
    console.log(formatResults(benchImport(dir)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
