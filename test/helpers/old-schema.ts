import { createApi } from '../../db/api.ts';
import { migrateToLatest } from '../../db/connection/migrate.ts';
import { configureDatabase, openCheckedDatabase } from '../../db/connection/open-database.ts';
import { registerSqlFunctions } from '../../db/connection/sql-functions.ts';
import { migrations } from '../../db/migrations/index.ts';
import { createSite } from '../../db/site/site-queries.ts';
import { createStore, type Store } from '../../db/store.ts';

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
    await tryToFill(store);
    return { version, rows: countRows(sqlite) };
  } finally {
    sqlite.close();
  }
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
