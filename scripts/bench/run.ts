import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatResults } from './bench-format.ts';
import { benchClientSearch } from './client-search-bench.ts';
import { benchImport } from './import-bench.ts';
import { benchOpen } from './open-bench.ts';
import { benchYearlyReport } from './report-bench.ts';
import { benchWritePath } from './write-path-bench.ts';

/**
 * `npm run bench`: each figure beside a raw better-sqlite3 baseline measured in the same run,
 * on real files with the app's pragmas (WAL, synchronous=FULL). Medians of three runs.
 */
const dir = mkdtempSync(join(tmpdir(), 'pristav-bench-'));
try {
  console.log(`Přístav benchmarks — Node ${process.version}, ${new Date().toISOString()}`);
  const results = [
    ...(await benchWritePath(dir)),
    ...(await benchClientSearch(dir)),
    ...benchImport(dir),
    ...(await benchOpen(dir)),
    ...(await benchYearlyReport()),
  ];
  console.log(formatResults(results));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
