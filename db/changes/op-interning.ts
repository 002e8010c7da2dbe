import { prepared, type Store } from '../store.ts';

// raw SQL: the write path runs these per field written, ~7 µs each (bench write-path: ~700 ms for
// 100 002 values); Kysely's compile would add ~4.6 µs per statement (bench query-builder).

/*
 * Local integer ids for the strings every operation would otherwise repeat. The ids are
 * assigned here, in the caller's transaction, and never change once committed. Callers cache
 * them for one transaction only: an id taken in a transaction that rolls back is given to the
 * next string, so a cache that outlived the transaction could name the wrong site.
 */

/** The op_sites id of a site or user UUID, added if new. */
export function internSite(store: Store, uuid: string): number {
  const found = prepared(store, 'SELECT id FROM op_sites WHERE uuid = ?').pluck().get(uuid) as
    number | undefined;
  if (found !== undefined) return found;
  return prepared(store, 'INSERT INTO op_sites (uuid) VALUES (?) RETURNING id')
    .pluck()
    .get(uuid) as number;
}

/** The op_fields id of a synced table's column, added if new. */
export function internField(store: Store, table: string, column: string): number {
  const found = prepared(store, 'SELECT id FROM op_fields WHERE table_name = ? AND column_name = ?')
    .pluck()
    .get(table, column) as number | undefined;
  if (found !== undefined) return found;
  return prepared(
    store,
    'INSERT INTO op_fields (table_name, column_name) VALUES (?, ?) RETURNING id',
  )
    .pluck()
    .get(table, column) as number;
}
