import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchBackup } from './backup-bench.ts';
import { type BenchResult, formatResults } from './bench-format.ts';
import { benchCliStart } from './cli-start-bench.ts';
import { benchClientSearch } from './client-search-bench.ts';
import { benchImport } from './import-bench.ts';
import { benchOpen } from './open-bench.ts';
import { benchQueryBuilder } from './query-builder-bench.ts';
import { benchYearlyReport } from './report-bench.ts';
import { benchSync } from './sync-bench.ts';
import { benchWritePath } from './write-path-bench.ts';

/**
 * `npm run bench`: each figure beside a raw better-sqlite3 baseline measured in the same run,
 * on real files with the app's pragmas (WAL, synchronous=FULL). Medians of three runs.
 * `npm run bench -- sync write-path` runs only the benchmarks named.
 */
const benchmarks: Record<string, (dir: string) => BenchResult[] | Promise<BenchResult[]>> = {
  'write-path': benchWritePath,
  'client-search': benchClientSearch,
  import: benchImport,
  open: benchOpen,
  report: () => benchYearlyReport(),
  sync: benchSync,
  backup: benchBackup,
  'cli-start': benchCliStart,
  'query-builder': benchQueryBuilder,
};
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in benchmarks));
if (unknown.length > 0) {
  console.error(
    `Unknown benchmark ${unknown.join(', ')}; known: ${Object.keys(benchmarks).join(', ')}`,
  );
  process.exit(2);
}
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

const dir = mkdtempSync(join(tmpdir(), 'pristav-bench-'));
try {
  console.log(
    `Přístav benchmarks — Node ${process.version}, ${new Date().toISOString()}, load average ${load()}`,
  );
  const results: BenchResult[] = [];
  for (const [name, bench] of Object.entries(benchmarks)) {
    if (asked.length === 0 || asked.includes(name)) results.push(...(await bench(dir)));
  }
  console.log(formatResults(results));
  console.log(`load average at the end: ${load()}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
