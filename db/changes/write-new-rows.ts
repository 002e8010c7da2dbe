import { batchedInsert } from './batched-insert.ts';
import { columnDefaults } from './column-defaults.ts';
import {
  columnsOf,
  type FieldValue,
  type StoredValue,
  type SyncedTable,
  toStoredValue,
} from './synced-tables.ts';
import type { RowFields } from './write-row.ts';
import { encodeKeys, encodeRowId } from './op-encoding.ts';
import { encodeRowHeads, type RowHeads } from './row-heads.ts';
import { appendOperation, fieldKey, type WriteTransaction } from './write-transaction.ts';

export interface NewRow<T extends SyncedTable> {
  id: string;
  fields: RowFields<T>;
}

/**
 * writeRow() for many rows known to be new (a demo data set, a bulk load): the same domain rows,
 * the same operations in the same order (one per field that differs from the column default,
 * or `deleted = 0` for a row of defaults, each with no deps) and the same row heads — but in
 * multi-row INSERTs instead of a lookup and an INSERT per row. A row whose id already exists
 * (here, or as any table's row in `row_heads`) fails the INSERT, and with it the caller's
 * transaction. Returns the number of operations.
 */
export function writeNewRows<T extends SyncedTable>(
  w: WriteTransaction,
  table: T,
  rows: Iterable<NewRow<T>>,
): number {
  const columns = columnsOf(table);
  const defaults = columnDefaults(w.store, table);
  const position = new Map(columns.map((column, index) => [column, index + 1]));
  // A column left out of a new row holds its default; writing the default explicitly stores
  // the same value, and lets every row share one statement whatever fields it sets.
  const template: StoredValue[] = [null, ...columns.map((column) => defaults[column] ?? null)];
  const domain = batchedInsert(w.store, table, ['id', ...columns]);
  const heads = batchedInsert(w.store, 'row_heads', ['row', 'heads']);
  let operations = 0;
  for (const { id, fields } of rows) {
    const values = template.slice();
    values[0] = id;
    const changed: [string, StoredValue][] = [];
    for (const [column, value] of Object.entries(fields) as [string, FieldValue][]) {
      if (value === undefined) continue;
      const stored = toStoredValue(table, column, value);
      if (defaults[column] !== stored) changed.push([column, stored]);
    }
    if (changed.length === 0) changed.push(['deleted', 0]);
    for (const [column, stored] of changed) values[position.get(column)!] = stored;
    domain.add(values);

    const row = encodeRowId(id);
    const rowHeads: RowHeads = new Map();
    for (const [column, stored] of changed) {
      const field = fieldKey(w, table, column);
      const counter = appendOperation(w, field, row, stored, null);
      rowHeads.set(field, encodeKeys([[w.siteKey, counter]])!);
    }
    heads.add([row, encodeRowHeads(rowHeads)]);
    operations += changed.length;
  }
  domain.flush();
  heads.flush();
  return operations;
}
