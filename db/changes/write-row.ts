import { prepared } from '../store.ts';
import { columnDefaults } from './column-defaults.ts';
import { encodeKeys, encodeRowId } from './op-encoding.ts';
import { readRowHeads, saveRowHeads } from './row-heads.ts';
import {
  type FieldValue,
  type StoredValue,
  type SyncedColumn,
  type SyncedTable,
  toStoredValue,
} from './synced-tables.ts';
import { appendOperation, fieldKey, type WriteTransaction } from './write-transaction.ts';

export type RowFields<T extends SyncedTable> = Partial<Record<SyncedColumn<T>, FieldValue>>;

/**
 * The one write path for synced tables: updates (or creates) the domain row and appends one
 * operation per field whose value changes, with `deps` = that field's current heads, in the
 * caller's transaction. Returns the number of operations written.
 */
export function writeRow<T extends SyncedTable>(
  w: WriteTransaction,
  table: T,
  id: string,
  fields: RowFields<T>,
): number {
  const current = prepared(w.store, `SELECT * FROM ${table} WHERE id = ?`).get(id) as
    Record<string, StoredValue> | undefined;
  // A new row starts from the column defaults, as it does wherever it is materialised from
  // operations: a field left at its default needs no operation (half a client's fields are empty).
  const before = current ?? columnDefaults(w.store, table);
  const changed: [string, StoredValue][] = [];
  for (const [column, value] of Object.entries(fields) as [string, FieldValue][]) {
    if (value === undefined) continue;
    const stored = toStoredValue(table, column, value);
    if (before[column] !== stored) changed.push([column, stored]);
  }
  // Even a row of defaults exists everywhere: its `deleted = 0` is the operation that says so.
  if (current === undefined && changed.length === 0) changed.push(['deleted', 0]);
  if (changed.length === 0) return 0;

  const columns = changed.map(([column]) => column);
  const values = changed.map(([, value]) => value);
  if (current === undefined) {
    prepared(
      w.store,
      `INSERT INTO ${table} (id, ${columns.join(', ')}) VALUES (?${', ?'.repeat(columns.length)})`,
    ).run(id, ...values);
  } else {
    prepared(
      w.store,
      `UPDATE ${table} SET ${columns.map((column) => `${column} = ?`).join(', ')} WHERE id = ?`,
    ).run(...values, id);
  }

  // Read even for a new row: row_heads is keyed by the id alone (the field ids carry the
  // table), so another table's row with the same id would share the record.
  const row = encodeRowId(id);
  const heads = readRowHeads(w.store, row);
  for (const [column, value] of changed) {
    const field = fieldKey(w, table, column);
    const counter = appendOperation(w, field, row, value, heads.get(field) ?? null);
    heads.set(field, encodeKeys([[w.siteKey, counter]])!);
  }
  saveRowHeads(w.store, row, heads);
  return changed.length;
}
