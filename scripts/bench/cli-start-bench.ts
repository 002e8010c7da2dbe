import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../db/open-app.ts';
import { createSite } from '../../db/site/site-queries.ts';
import { type BenchResult, median } from './bench-format.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const runs = 5;

/** Seconds of wall time for one child `node ARGS` in the repository, which must succeed. */
function timedNode(args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${run.stderr}`);
  return seconds;
}

/** The median of `runs` starts, after one unmeasured start that fills the compile cache. */
function medianStart(args: string[], env?: NodeJS.ProcessEnv): number {
  timedNode(args, env);
  return median(Array.from({ length: runs }, () => timedNode(args, env)));
}

/**
 * Starting the CLI: `pristav info` in a child process, the whole start from `node` to its exit,
 * beside a bare `node -e` that opens the same database with the driver and reads one row — what
 * no start can go below. The second figure turns Node's compile cache off, as on the first
 * start after an edit or an update.
 */
export async function benchCliStart(dir: string): Promise<BenchResult[]> {
  const file = join(dir, 'cli-start.sqlite');
  const store = await openStore({ file, mode: 'create' });
  createSite(store, { name: 'Centrum Liberec', town: 'Liberec', isHq: true, adminName: 'Petra' });
  store.sqlite.close();

  const info = [join(root, 'scripts/cli.ts'), '--db', file, 'info'];
  const readOneRow = [
    '-e',
    `const Sqlite = require('better-sqlite3-multiple-ciphers');
     const db = new Sqlite(${JSON.stringify(file)}, { fileMustExist: true });
     db.prepare('SELECT name FROM sites LIMIT 1').get();
     db.close();`,
  ];
  const bare = medianStart(readOneRow);
  return [
    {
      name: 'pristav info (process start to exit)',
      unit: 's',
      figure: medianStart(info),
      baseline: bare,
      target: '≤ 0.5 s',
    },
    {
      name: 'same, without the compile cache',
      unit: 's',
      figure: medianStart(info, { ...process.env, NODE_DISABLE_COMPILE_CACHE: '1' }),
      baseline: bare,
    },
  ];
}
