import { prepared, type Store } from '../store.ts';
import { decodeKeys, encodeRowId } from './op-encoding.ts';
import { internField } from './op-interning.ts';
import { readRowHeads } from './row-heads.ts';
import type { SyncedTable } from './synced-tables.ts';

// raw SQL: the WHERE clause grows with the field's 1 or more heads, and `ops` holds encoded
// keys and values that Kysely's types cannot describe; anonymising runs it per field.

/**
 * Forgets what fields of a row held before: every operation on them that is no longer a head
 * (a later operation replaced it) becomes a stub — value gone, (site, counter) kept — while the
 * heads, the values the row shows, stay. Anonymising a client (the retention rule) uses it:
 * the emptied name must not live on in the change log. Run in the writing or importing
 * transaction; freed bytes are wiped afterwards (erase.ts wipeFreedSpace). Returns the number
 * of operations stubbed.
 */
export function forgetHistory(
  store: Store,
  table: SyncedTable,
  rowId: string,
  columns: readonly string[],
): number {
  const row = encodeRowId(rowId);
  const heads = readRowHeads(store, row);
  let stubbed = 0;
  for (const column of columns) {
    const field = internField(store, table, column);
    const kept = decodeKeys(heads.get(field) ?? null);
    const keep = kept.map(() => 'NOT (site = ? AND counter = ?)').join(' AND ');
    stubbed += prepared(
      store,
      `UPDATE ops SET value = NULL
       WHERE row = ? AND field = ? AND value IS NOT NULL${keep ? ` AND ${keep}` : ''}`,
    ).run(row, field, ...kept.flat()).changes;
  }
  return stubbed;
}
