import { prepared } from '../store.ts';
import {
  type FieldValue,
  type StoredValue,
  type SyncedColumn,
  type SyncedTable,
  toStoredValue,
} from './synced-tables.ts';
import { nextStamp, type WriteTransaction } from './write-transaction.ts';

export type RowFields<T extends SyncedTable> = Partial<Record<SyncedColumn<T>, FieldValue>>;

interface Head {
  column_name: string;
  site: string;
  counter: number;
}

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
    | Record<string, StoredValue>
    | undefined;
  const changed: [string, StoredValue][] = [];
  for (const [column, value] of Object.entries(fields) as [string, FieldValue][]) {
    if (value === undefined) continue;
    const stored = toStoredValue(table, column, value);
    if (current === undefined || current[column] !== stored) changed.push([column, stored]);
  }
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

  // A row that did not exist has no operations yet (its id is new, or it would be materialised).
  const heads = current === undefined ? [] : readHeads(w, table, id);
  for (const [column, value] of changed) {
    appendOperation(w, table, id, column, value, heads.filter((h) => h.column_name === column));
  }
  return changed.length;
}

function readHeads(w: WriteTransaction, table: string, id: string): Head[] {
  return prepared(
    w.store,
    'SELECT column_name, site, counter FROM field_heads WHERE table_name = ? AND row_id = ?',
  ).all(table, id) as Head[];
}

function appendOperation(
  w: WriteTransaction,
  table: string,
  id: string,
  column: string,
  value: StoredValue,
  heads: Head[],
): void {
  const { counter, hlc } = nextStamp(w);
  const deps = JSON.stringify(heads.map((head) => [head.site, head.counter]));
  prepared(
    w.store,
    `INSERT INTO ops (site, counter, hlc, table_name, row_id, column_name, value, deps, author)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(w.site, counter, hlc, table, id, column, value, deps, w.author);
  if (heads.length > 0) {
    prepared(
      w.store,
      'DELETE FROM field_heads WHERE table_name = ? AND row_id = ? AND column_name = ?',
    ).run(table, id, column);
  }
  prepared(
    w.store,
    `INSERT INTO field_heads (table_name, row_id, column_name, site, counter)
     VALUES (?, ?, ?, ?, ?)`,
  ).run(table, id, column, w.site, counter);
}
