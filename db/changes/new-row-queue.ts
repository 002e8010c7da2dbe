import type { Store } from '../store.ts';
import { type BatchedInsert, batchedInsert } from './batched-insert.ts';
import { columnDefaults } from './column-defaults.ts';
import { columnsOf, type StoredValue, type SyncedTable } from './synced-tables.ts';

/**
 * Domain rows and `row_heads` records that an import creates, queued for multi-row INSERTs
 * (an import of a register creates tens of thousands). Safe only where nothing reads a queued
 * row before flush(): an import applies each row once per batch (apply-imported.ts groups its
 * operations by row) and flushes at the batch's end; a local edit, which its caller may read
 * back at once, never queues.
 */
export interface NewRowQueue {
  /** A new domain row: `fields` over the column defaults, as a row materialised from operations. */
  insertRow(table: SyncedTable, id: string, fields: Record<string, StoredValue>): void;
  /** A row_heads record for a row id that has none. */
  insertHeads(row: Buffer, heads: Buffer): void;
  /**
   * Whether a row_heads record is queued for `row`: its heads must then be flushed before they
   * are read (two tables' rows under one id share the record).
   */
  hasHeads(row: Buffer | string): boolean;
  flush(): void;
}

interface TableQueue {
  insert: BatchedInsert;
  template: StoredValue[];
  position: Map<string, number>;
}

export function newRowQueue(store: Store): NewRowQueue {
  const tables = new Map<SyncedTable, TableQueue>();
  const heads = batchedInsert(store, 'row_heads', ['row', 'heads']);
  const queuedHeads = new Set<string>();
  const tableQueue = (table: SyncedTable): TableQueue => {
    let queue = tables.get(table);
    if (!queue) {
      const columns = columnsOf(table);
      const defaults = columnDefaults(store, table);
      queue = {
        insert: batchedInsert(store, table, ['id', ...columns]),
        // Every column written, defaults included: one statement fits every row of the table.
        template: [null, ...columns.map((column) => defaults[column] ?? null)],
        position: new Map(columns.map((column, index) => [column, index + 1])),
      };
      tables.set(table, queue);
    }
    return queue;
  };
  return {
    insertRow(table, id, fields) {
      const queue = tableQueue(table);
      const values = queue.template.slice();
      values[0] = id;
      for (const column in fields) values[queue.position.get(column)!] = fields[column]!;
      queue.insert.add(values);
    },
    insertHeads(row, encoded) {
      queuedHeads.add(row.toString('latin1'));
      heads.add([row, encoded]);
    },
    hasHeads(row) {
      return typeof row !== 'string' && queuedHeads.has(row.toString('latin1'));
    },
    flush() {
      for (const queue of tables.values()) queue.insert.flush();
      heads.flush();
      queuedHeads.clear();
    },
  };
}
