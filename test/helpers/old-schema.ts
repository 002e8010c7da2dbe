import type Sqlite from 'better-sqlite3-multiple-ciphers';
import { createApi } from '../../db/api.ts';
import { decodeKeys, decodeRowId } from '../../db/changes/op-encoding.ts';
import { decodeRowHeads } from '../../db/changes/row-heads.ts';
import { migrateToLatest } from '../../db/connection/migrate.ts';
import { configureDatabase, openCheckedDatabase } from '../../db/connection/open-database.ts';
import { registerSqlFunctions } from '../../db/connection/sql-functions.ts';
import { migrations } from '../../db/migrations/index.ts';
import { createSite } from '../../db/site/site-queries.ts';
import { createStore, type Store } from '../../db/store.ts';
import { readOperations } from './change-log.ts';

/** Migration names in the order they apply; version k is the first k of them. */
export const migrationNames = Object.keys(migrations).sort();

/** What a database built at an earlier version holds, for checking that nothing was lost. */
export interface OldSchemaContents {
  version: number;
  rows: Record<string, number>;
}

/**
 * A database file exactly as the release with `version` migrations left it, built with the
 * frozen migrations (each file's up() is never edited once released), then filled with what
 * today's write path can still write into that schema: a site from version 2 (the change log),
 * clients and acts from the versions whose tables today's code finds complete.
 */
export async function createDatabaseAtVersion(
  file: string,
  version: number,
): Promise<OldSchemaContents> {
  const sqlite = openCheckedDatabase({ file, mode: 'create' });
  registerSqlFunctions(sqlite);
  configureDatabase(sqlite);
  const store: Store = createStore(sqlite, file, () => Date.UTC(2026, 10, 24, 10));
  try {
    if (version > 0) await migrateToLatest(store, { upTo: migrationNames[version - 1]! });
    if (version >= 1) {
      sqlite.prepare("INSERT INTO local_meta (key, value) VALUES ('probe', 'Petráček')").run();
    }
    const isOldLog = version >= 2 && version <= compactLogVersion - 1;
    if (isOldLog) captureCompactWrites(sqlite);
    await tryToFill(store);
    if (isOldLog) writeCapturedAsOldLog(sqlite);
    return { version, rows: countRows(sqlite) };
  } finally {
    sqlite.close();
  }
}

/** The version that made the change log compact: earlier files hold the text/JSON log. */
export const compactLogVersion = migrationNames.indexOf('2026_12_02_1000_compact_change_log') + 1;

/**
 * Today's write path writes the compact change log; a file at an earlier version has the text
 * one. Temporary tables of the compact layout shadow the old ones (SQLite resolves an unqualified
 * name in `temp` first), and writeCapturedAsOldLog() then stores what they caught as the old
 * write path stored it — so old files get real writes, deps and heads included.
 */
export function captureCompactWrites(sqlite: Sqlite.Database): void {
  sqlite.exec(`
    CREATE TEMP TABLE op_sites (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE);
    CREATE TEMP TABLE op_fields (id INTEGER PRIMARY KEY, table_name TEXT NOT NULL,
      column_name TEXT NOT NULL, UNIQUE (table_name, column_name));
    CREATE TEMP TABLE ops (site INTEGER NOT NULL, counter INTEGER NOT NULL, hlc INTEGER NOT NULL,
      field INTEGER NOT NULL, row ANY NOT NULL, value ANY, deps BLOB, author INTEGER,
      PRIMARY KEY (site, counter)) STRICT, WITHOUT ROWID;
    CREATE TEMP TABLE row_heads (row ANY PRIMARY KEY, heads BLOB NOT NULL) STRICT, WITHOUT ROWID;
  `);
}

export function writeCapturedAsOldLog(sqlite: Sqlite.Database): void {
  const store = createStore(sqlite, ':capture:');
  const uuids = new Map(
    (
      sqlite.prepare('SELECT id, uuid FROM temp.op_sites').all() as { id: number; uuid: string }[]
    ).map((row) => [row.id, row.uuid]),
  );
  const insert = sqlite.prepare(`INSERT INTO main.ops
    (site, counter, hlc, table_name, row_id, column_name, value, deps, author)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const keysJson = (keys: Uint8Array | null) =>
    JSON.stringify(decodeKeys(keys).map(([site, counter]) => [uuids.get(site), counter]));
  for (const op of readOperations(store)) {
    insert.run(
      op.site,
      op.counter,
      op.hlc,
      op.table,
      op.rowId,
      op.column,
      op.value,
      JSON.stringify(op.deps),
      op.author,
    );
  }
  const fields = new Map(
    (
      sqlite.prepare('SELECT id, table_name, column_name FROM temp.op_fields').all() as {
        id: number;
        table_name: string;
        column_name: string;
      }[]
    ).map((row) => [row.id, row]),
  );
  const heads = sqlite.prepare(
    'INSERT INTO main.row_heads (table_name, row_id, heads) VALUES (?, ?, ?)',
  );
  for (const row of sqlite.prepare('SELECT row, heads FROM temp.row_heads').all() as {
    row: Uint8Array | string;
    heads: Uint8Array;
  }[]) {
    const byTable = new Map<string, Record<string, unknown>>();
    for (const [field, keys] of decodeRowHeads(row.heads)) {
      const { table_name: table, column_name: column } = fields.get(field)!;
      const entry = byTable.get(table) ?? {};
      entry[column] = JSON.parse(keysJson(keys));
      byTable.set(table, entry);
    }
    for (const [table, entry] of byTable) {
      heads.run(table, decodeRowId(row.row), JSON.stringify(entry));
    }
  }
  sqlite.exec('DROP TABLE temp.ops; DROP TABLE temp.row_heads; DROP TABLE temp.op_sites;');
  sqlite.exec('DROP TABLE temp.op_fields');
}

async function tryToFill(store: Store): Promise<void> {
  try {
    createSite(store, { name: 'Centrum Liberec', town: 'Liberec', isHq: true, adminName: 'Petra' });
  } catch {
    return; // before the change log existed: the probe row above is the data
  }
  const has = (table: string) =>
    Boolean(
      store.sqlite
        .prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?")
        .pluck()
        .get(table),
    );
  if (!has('clients')) return;
  const api = createApi(store);
  for (const [familyName, nationality] of [
    ['Nguyễn', 'VN'],
    ['Ševčenko', 'UA'],
  ] as const) {
    const client = await api.invoke(
      'clients.create',
      { familyName, nationality, consentDate: '2025-01-01' },
      'cs',
    );
    if (!client.ok) return;
    const { id } = client.value as { id: string };
    if (!has('service_types')) continue;
    await api.invoke(
      'acts.record',
      { clientId: id, type: 'social_legal_counselling', date: '2025-03-04', town: 'Liberec' },
      'cs',
    );
  }
}

/** Rows of the tables that carry people's work (absent tables are left out). */
export function countRows(sqlite: import('better-sqlite3-multiple-ciphers').Database) {
  const tables = sqlite
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table'
       AND name IN ('local_meta', 'sites', 'users', 'ops', 'clients', 'service_acts')`,
    )
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((table) => [table, sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get()]),
  ) as Record<string, number>;
}
