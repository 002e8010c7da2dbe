import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Sqlite from 'better-sqlite3-multiple-ciphers';
import { openStore } from '../../db/open-app.ts';
import { createSite } from '../../db/site/site-queries.ts';
import { type BenchResult, median } from './bench-format.ts';

const targetBytes = 1024 ** 3;
const runs = 5;

/** A Přístav database of about 1 GB: a set-up site, then pages of data nobody reads at open. */
async function makeLargeDatabase(file: string): Promise<void> {
  const store = await openStore({ file, mode: 'create' });
  createSite(store, { name: 'Centrum Liberec', town: 'Liberec', isHq: true, adminName: 'Petra' });
  store.sqlite.exec('CREATE TABLE bench_ballast (x BLOB)');
  const insert = store.sqlite.prepare('INSERT INTO bench_ballast (x) VALUES (randomblob(8000))');
  const batch = store.sqlite.transaction((rows: number) => {
    for (let i = 0; i < rows; i++) insert.run();
  });
  for (let written = 0; written < targetBytes; written += 10_000 * 8192) batch(10_000);
  store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  store.sqlite.close();
}

function timed(work: () => void | Promise<void>): Promise<number> {
  const started = performance.now();
  return Promise.resolve(work()).then(() => performance.now() - started);
}

/**
 * Opening a 1 GB database: Přístav's open (cheap checks, schema version, pragmas) beside a bare
 * `new Database()` that reads the schema, and beside the open it replaced, which ran
 * quick_check over every page. Warm page cache: the cold figure is larger for the old open only.
 */
export async function benchOpen(dir: string): Promise<BenchResult[]> {
  const file = join(dir, 'one-gigabyte.sqlite');
  await makeLargeDatabase(file);
  const app: number[] = [];
  const bare: number[] = [];
  const withFullCheck: number[] = [];
  for (let run = 0; run < runs; run++) {
    bare.push(
      await timed(() => {
        const db = new Sqlite(file, { fileMustExist: true });
        db.prepare('SELECT count(*) FROM sqlite_master').pluck().get();
        db.close();
      }),
    );
    app.push(
      await timed(async () => {
        (await openStore({ file, mode: 'open' })).sqlite.close();
      }),
    );
    withFullCheck.push(
      await timed(async () => {
        const store = await openStore({ file, mode: 'open' });
        store.sqlite.pragma('quick_check');
        store.sqlite.close();
      }),
    );
  }
  return [
    {
      name: 'open a 1 GB database',
      unit: 'ms',
      figure: median(app),
      baseline: median(bare),
      target: '≤ 100 ms',
    },
    {
      name: 'same, with the page check at open (before)',
      unit: 'ms',
      figure: median(withFullCheck),
      baseline: median(bare),
    },
  ];
}
