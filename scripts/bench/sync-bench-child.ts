import { performance } from 'node:perf_hooks';
import Sqlite from 'better-sqlite3-multiple-ciphers';
import { syncedTables } from '../../db/changes/index.ts';
import { configureDatabase } from '../../db/connection/open-database.ts';
import { openStore } from '../../db/open-app.ts';
import type { Store } from '../../db/store.ts';
import { exportSyncFile } from '../../db/sync/export-file.ts';
import { importSyncFile } from '../../db/sync/import-file.ts';
import { requireMembership } from '../../db/sync/organisation.ts';

/**
 * One step of the sync benchmark in a process of its own, so that its peak resident size (the
 * kernel's maxRSS) is that step's alone:
 *
 *   node sync-bench-child.ts export DATABASE RECIPIENT FOLDER   exportSyncFile to RECIPIENT
 *   node sync-bench-child.ts import DATABASE FILE               importSyncFile of FILE
 *   node sync-bench-child.ts raw DATABASE COUNT                 COUNT plain INSERTs (baseline)
 *   node sync-bench-child.ts floor DATABASE IMPORTED            SQLite alone writing what the
 *                                                               import into IMPORTED wrote
 *
 * Prints `{"ms", "peakKiB", "startKiB", "operations", "bytes"?, "path"?}` as its last line;
 * startKiB is the resident size before the timed step began (database open, schema read).
 * Run with `--expose-gc`, it also prints `liveStartKiB` and `liveMaxKiB` (watchLiveMemory).
 */
const [mode, file, argument, folder] = process.argv.slice(2);
const modes = ['raw', 'import', 'floor'];
if (!file || !argument || !(modes.includes(mode!) || (mode === 'export' && folder))) {
  throw new Error(
    'usage: sync-bench-child.ts export DB RECIPIENT FOLDER | import DB FILE | raw DB N | floor DB IMPORTED',
  );
}

interface Measured {
  operations: number;
  bytes?: number;
  path?: string;
}

async function exportTo(store: Store, recipient: string, into: string): Promise<Measured> {
  const written = await exportSyncFile(store, requireMembership(store), recipient, into);
  return { operations: written.operations, bytes: written.bytes, path: written.path };
}

async function importFrom(store: Store, path: string): Promise<Measured> {
  const result = await importSyncFile(store, requireMembership(store), path, {
    isDryRun: false,
    allowMassDelete: true,
  });
  if (result.new !== result.operations) {
    throw new Error(`${result.new} of ${result.operations} operations were new`);
  }
  return { operations: result.operations };
}

/**
 * The baseline: `count` rows into a table of the compact change log's columns, primary key and
 * by-row index (the app's DDL), one prepared INSERT in one transaction, the app's pragmas. The
 * values have the shapes of a demo register's operations: five to a row, a 16-byte row id, the
 * clock as one integer, values a mix of UUID blobs, short texts and small integers.
 */
function insertRaw(count: number): Measured {
  const sqlite = new Sqlite(file!);
  configureDatabase(sqlite);
  sqlite.exec(`CREATE TABLE ops (
    site INTEGER NOT NULL, counter INTEGER NOT NULL, hlc INTEGER NOT NULL, field INTEGER NOT NULL,
    row ANY NOT NULL, value ANY, deps BLOB, author INTEGER,
    PRIMARY KEY (site, counter)) STRICT, WITHOUT ROWID;
    CREATE INDEX ops_by_row ON ops (row);`);
  const insert = sqlite.prepare(
    'INSERT INTO ops (site, counter, hlc, field, row, value, deps, author) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const start = Date.UTC(2025, 0, 1);
  const rowId = Buffer.alloc(16);
  const blobValue = Buffer.alloc(16);
  sqlite
    .transaction(() => {
      for (let counter = 1; counter <= count; counter++) {
        // A new row every fifth operation; ids rise as UUID v7 ones do.
        if (counter % 5 === 1) {
          rowId.writeUIntBE(start + counter, 0, 6);
          rowId.writeUInt32BE((counter * 2_654_435_761) >>> 0, 8);
        }
        const kind = counter % 10;
        const value =
          kind < 4
            ? (blobValue.writeUInt32BE((counter * 40_503) >>> 0, 12), blobValue)
            : kind < 7
              ? `Hodnota ${counter % 997} Nguyễn`
              : counter % 60;
        insert.run(
          1,
          counter,
          BigInt(start + Math.floor(counter / 8)) << 20n,
          (counter % 60) + 1,
          rowId,
          value,
          null,
          2,
        );
      }
    })
    .immediate();
  sqlite.close();
  return { operations: count };
}

/**
 * The floor under an import: the rows a real import wrote (the change log, its heads and the
 * synced tables, read from IMPORTED, a copy of this database after importing the same file),
 * written into this database by SQLite alone — one INSERT … SELECT a table in one transaction,
 * with the schema's triggers keeping the search index, the keys and the summaries as an import
 * does. No file to read, decrypt, verify or decode, no JavaScript per row: what is left is what
 * SQLite must do to hold the data, so the import's time over this floor is the app's own work.
 */
function writeFloor(store: Store, imported: string): Measured {
  const { sqlite } = store;
  const before = sqlite.prepare('SELECT count(*) FROM ops').pluck().get() as number;
  sqlite.prepare('ATTACH DATABASE ? AS src').run(imported);
  // The change log first, then the synced tables in their dependency order (sites … loans).
  const tables = [
    'op_sites',
    'op_fields',
    'ops',
    'row_heads',
    'version_vector',
    ...Object.keys(syncedTables),
  ];
  sqlite
    .transaction(() => {
      for (const table of tables) {
        sqlite.exec(`INSERT OR IGNORE INTO main.${table} SELECT * FROM src.${table}`);
      }
    })
    .immediate();
  const after = sqlite.prepare('SELECT count(*) FROM ops').pluck().get() as number;
  return { operations: after - before };
}

const rssKiB = () => Math.round(process.memoryUsage().rss / 1024);

/**
 * With `--expose-gc`: what the step keeps alive, apart from garbage the collector has not yet
 * taken. Every 250 ms a full collection, then the JS heap plus buffers outside it (zlib,
 * SQLite's results); the largest such figure. Slows the step: a run of its own, not timed.
 */
function watchLiveMemory(): () => { liveStartKiB: number; liveMaxKiB: number } | undefined {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return () => undefined;
  const live = () => {
    gc();
    const usage = process.memoryUsage();
    return Math.round((usage.heapUsed + usage.external) / 1024);
  };
  const liveStartKiB = live();
  let liveMaxKiB = liveStartKiB;
  const timer = setInterval(() => (liveMaxKiB = Math.max(liveMaxKiB, live())), 250);
  return () => {
    clearInterval(timer);
    return { liveStartKiB, liveMaxKiB: Math.max(liveMaxKiB, live()) };
  };
}

let measured: Measured;
let ms: number;
let startKiB: number;
let live: ReturnType<ReturnType<typeof watchLiveMemory>>;
if (mode === 'raw') {
  startKiB = rssKiB();
  const began = performance.now();
  measured = insertRaw(Number(argument));
  ms = performance.now() - began;
} else {
  const store = await openStore({ file, mode: 'open' });
  try {
    startKiB = rssKiB();
    const stopWatching = watchLiveMemory();
    const began = performance.now();
    measured =
      mode === 'export'
        ? await exportTo(store, argument, folder!)
        : mode === 'floor'
          ? writeFloor(store, argument)
          : await importFrom(store, argument);
    ms = performance.now() - began;
    live = stopWatching();
  } finally {
    store.sqlite.close();
  }
}
console.log(
  JSON.stringify({ ms, peakKiB: process.resourceUsage().maxRSS, startKiB, ...live, ...measured }),
);
