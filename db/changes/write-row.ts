import { prepared } from '../store.ts';
import { applyRowOperations, type RowOperation } from './apply-row.ts';
import { columnDefaults } from './column-defaults.ts';
import { decodeKeys, encodeKeys, encodeRowId, type LocalOpKey } from './op-encoding.ts';
import { readRowHeads, type RowHeads } from './row-heads.ts';
import {
  type FieldValue,
  type StoredValue,
  type SyncedColumn,
  type SyncedTable,
  syncedTables,
  toStoredValue,
} from './synced-tables.ts';
import { appendOperation, fieldKey, type WriteTransaction } from './write-transaction.ts';

// raw SQL: the write path runs these per field written, ~7 µs each (bench write-path: ~700 ms for
// 100 002 values); Kysely's compile would add ~4.6 µs per statement (bench query-builder).

/** One SQL string per table, made once (the statement cache hashes the text on every call). */
const selectRowSql = Object.fromEntries(
  Object.keys(syncedTables).map((table) => [table, `SELECT * FROM ${table} WHERE id = ?`]),
) as Record<SyncedTable, string>;

export type RowFields<T extends SyncedTable> = Partial<Record<SyncedColumn<T>, FieldValue>>;

export interface WriteRowOptions {
  /**
   * Columns written even when the value is the one shown: a person's choice in the review
   * queue that keeps the current winner still has to replace the other heads.
   */
  resolve?: readonly string[];
}

/**
 * The one write path for synced tables: appends one operation per field whose value changes,
 * with `deps` = that field's current heads (a delete: every head of the row, so a concurrent
 * edit elsewhere can be told from one it knew), and materialises them through the same
 * applyRowOperations() an import uses, in the caller's transaction. Returns the number of
 * operations written.
 */
export function writeRow<T extends SyncedTable>(
  w: WriteTransaction,
  table: T,
  id: string,
  fields: RowFields<T>,
  options: WriteRowOptions = {},
): number {
  const current = prepared(w.store, selectRowSql[table]).get(id) as
    Record<string, StoredValue> | undefined;
  // A new row starts from the column defaults, as it does wherever it is materialised from
  // operations: a field left at its default needs no operation (half a client's fields are empty).
  const before = current ?? columnDefaults(w.store, table);
  const changed: [string, StoredValue][] = [];
  for (const [column, value] of Object.entries(fields) as [string, FieldValue][]) {
    if (value === undefined) continue;
    const stored = toStoredValue(table, column, value);
    if (before[column] !== stored || options.resolve?.includes(column)) {
      changed.push([column, stored]);
    }
  }
  // Even a row of defaults exists everywhere: its `deleted = 0` is the operation that says so.
  if (current === undefined && changed.length === 0) changed.push(['deleted', 0]);
  if (changed.length === 0) return 0;

  // row_heads is keyed by the id alone (the field ids carry the table), so a text id (a
  // setting's key, a service type's code) may already have a record from another table's row.
  // A new row with a UUID id (16 or 32 bytes) has none: every row's heads are written with it.
  const rowKey = encodeRowId(id);
  const heads =
    current === undefined && typeof rowKey !== 'string' ? new Map() : readRowHeads(w.store, rowKey);
  const operations = changed.map(([column, value]): RowOperation => {
    const field = fieldKey(w, table, column);
    const deps =
      column === 'deleted' && value === 1 ? everyHead(heads) : decodeKeys(heads.get(field) ?? null);
    const counter = appendOperation(w, field, rowKey, value, encodeKeys(deps));
    const key: LocalOpKey = [w.siteKey, counter];
    return { key, site: w.site, hlc: { ...w.hlc }, field, column, value, deps, isFresh: true };
  });
  applyRowOperations(w, table, id, operations, { current: current ?? null, heads });
  return changed.length;
}

function everyHead(heads: RowHeads): LocalOpKey[] {
  return [...heads.values()].flatMap((keys) => decodeKeys(keys));
}
