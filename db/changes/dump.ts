import { prepared, type Store } from '../store.ts';
import { syncedTables, type SyncedTable } from './synced-tables.ts';

// raw SQL: one SELECT for each of the synced tables (17), named at run time from
// synced-tables.ts, which Kysely's types cannot follow.

type Row = Record<string, unknown>;

function sortKeys(row: Row): Row {
  return Object.fromEntries(Object.entries(row).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The columns that travel, not this database's own (synced-tables.ts localColumns). */
const syncedColumnList = (table: SyncedTable) =>
  ['id', ...Object.keys(syncedTables[table])].join(', ');

/**
 * All synced data as plain objects, tables and rows sorted by id and keys sorted, so two
 * databases that hold the same state give byte-identical JSON.
 */
export function dumpSyncedData(store: Store): Record<SyncedTable, Row[]> {
  const tables = (Object.keys(syncedTables) as SyncedTable[]).sort();
  return Object.fromEntries(
    tables.map((table) => [
      table,
      (
        prepared(
          store,
          `SELECT ${syncedColumnList(table)} FROM ${table} ORDER BY id`,
        ).all() as Row[]
      ).map(sortKeys),
    ]),
  ) as Record<SyncedTable, Row[]>;
}
