import type { StoredValue, SyncedTable } from './synced-tables.ts';
import type { Store } from '../store.ts';

// raw SQL: the write path runs these per field written, ~7 µs each (bench write-path: ~700 ms for
// 100 002 values); Kysely's compile would add ~4.6 µs per statement (bench query-builder).

const cache = new WeakMap<Store, Map<string, Record<string, StoredValue>>>();

/** A column's DEFAULT as SQLite stores its text: '' → '', 0 → 0, NULL → null, 'x' → 'x'. */
function parseDefault(text: string | null): StoredValue {
  if (text === null || text.toUpperCase() === 'NULL') return null;
  if (/^'.*'$/s.test(text)) return text.slice(1, -1).replaceAll("''", "'");
  const number = Number(text);
  return Number.isNaN(number) ? text : number;
}

/**
 * The value each column of a synced table has when no operation set it: what a row
 * materialised from operations holds for a field it has none for. Read from the schema once.
 */
export function columnDefaults(store: Store, table: SyncedTable): Record<string, StoredValue> {
  let tables = cache.get(store);
  if (!tables) {
    tables = new Map();
    cache.set(store, tables);
  }
  let defaults = tables.get(table);
  if (!defaults) {
    const columns = store.sqlite
      .prepare('SELECT name, dflt_value FROM pragma_table_info(?)')
      .all(table) as { name: string; dflt_value: string | null }[];
    defaults = Object.fromEntries(columns.map((c) => [c.name, parseDefault(c.dflt_value)]));
    tables.set(table, defaults);
  }
  return defaults;
}
