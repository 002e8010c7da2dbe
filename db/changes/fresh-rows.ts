import { prepared, type Store } from '../store.ts';
import type { RowOperation } from './apply-row.ts';
import { pushVarint } from './op-encoding.ts';
import { materialisedValue, type StoredValue, type SyncedTable } from './synced-tables.ts';
import type { WriteTransaction } from './write-transaction.ts';

// raw SQL: an import asks this once per 500 rows it touches (bench sync); Kysely cannot bind a
// list of blobs in one IN and would add ~4.6 µs per statement (bench query-builder).

/** Row ids looked up per statement (padded with NULL, which matches nothing). */
const rowsPerLookup = 500;
const lookupSql = `SELECT row FROM row_heads WHERE row IN (${Array(rowsPerLookup).fill('?').join(', ')})`;

/**
 * Which of `rows` (stored row ids) have a row_heads record, as latin1 strings of their bytes:
 * one statement per 500 rows instead of one per row (a register arriving has ~190 000).
 */
export function rowsWithHeads(store: Store, rows: readonly (Buffer | string)[]): Set<string> {
  const found = new Set<string>();
  const lookup = prepared(store, lookupSql).pluck();
  for (let start = 0; start < rows.length; start += rowsPerLookup) {
    const chunk: (Buffer | string | null)[] = rows.slice(start, start + rowsPerLookup);
    while (chunk.length < rowsPerLookup) chunk.push(null);
    for (const row of lookup.all(chunk) as (Buffer | string)[]) found.add(rowText(row));
  }
  return found;
}

/** A stored row id as a string key for a Set or Map (latin1 keeps every byte). */
export function rowText(row: Buffer | string): string {
  return typeof row === 'string' ? `t${row}` : `b${row.toString('latin1')}`;
}

/**
 * Whether a row's imported operations can be materialised without the general apply path:
 * the row is new here (no heads record, a UUID id), no operation depends on another, none sets
 * a field twice or deletes, and nothing here awaits any of them. Then every operation is its
 * field's only head and its value the field's value — what applyRowOperations() would find,
 * without its lookups (nearly every row of a register arriving at a new branch).
 */
export function isFreshRow(rowKey: Buffer | string, operations: readonly RowOperation[]): boolean {
  if (typeof rowKey === 'string') return false;
  for (const [index, operation] of operations.entries()) {
    if (operation.deps.length > 0) return false;
    if (operation.column === 'deleted' && operation.value === 1) return false;
    // A row's few operations: a scan is cheaper than a Set.
    for (let earlier = 0; earlier < index; earlier++) {
      if (operations[earlier]!.field === operation.field) return false;
    }
  }
  return true;
}

/** Queues the domain row and the heads record of a fresh row (see isFreshRow). */
export function insertFreshRow(
  w: WriteTransaction,
  table: SyncedTable,
  rowId: string,
  rowKey: Buffer,
  operations: readonly RowOperation[],
): void {
  const fields: Record<string, StoredValue> = {};
  const heads: number[] = [];
  const key: number[] = [];
  for (const operation of operations) {
    fields[operation.column] = materialisedValue(table, operation.column, operation.value);
    key.length = 0;
    pushVarint(key, operation.key[0]);
    pushVarint(key, operation.key[1]);
    pushVarint(heads, operation.field);
    pushVarint(heads, key.length);
    for (const byte of key) heads.push(byte);
  }
  w.newRows!.insertRow(table, rowId, fields);
  w.newRows!.insertHeads(rowKey, Buffer.from(heads));
}
