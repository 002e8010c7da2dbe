import type { SyncedTable } from '../changes/synced-tables.ts';
import { type NewRow, writeNewRows } from '../changes/write-new-rows.ts';
import type { RowFields } from '../changes/write-row.ts';
import { runWrite, type WriteTransaction } from '../changes/write-transaction.ts';
import type { Store } from '../store.ts';

export interface SinkTotals {
  rows: number;
  operations: number;
  transactions: number;
}

type Pending = Map<SyncedTable, NewRow<SyncedTable>[]>;

/**
 * Collects new rows of a large data set and writes them through the change log in transactions
 * of about `rowsPerTransaction` rows: memory stays bounded, and every committed transaction is
 * whole (rows, operations, heads, counter and clock together).
 */
export function createRowSink(
  store: Store,
  author: string | null,
  options: {
    rowsPerTransaction: number;
    /** Runs in the same transaction after the rows of a table are written (audit entries). */
    afterWrite?: (w: WriteTransaction, table: SyncedTable, rows: NewRow<SyncedTable>[]) => void;
    onCommit?: (totals: SinkTotals) => void;
  },
) {
  let pending: Pending = new Map();
  let pendingRows = 0;
  const totals: SinkTotals = { rows: 0, operations: 0, transactions: 0 };

  function commit() {
    if (pendingRows === 0) return;
    const batch = pending;
    totals.operations += runWrite(store, author, (w) => {
      let operations = 0;
      for (const [table, rows] of batch) {
        operations += writeNewRows(w, table, rows);
        options.afterWrite?.(w, table, rows);
      }
      return operations;
    });
    totals.rows += pendingRows;
    totals.transactions += 1;
    pending = new Map();
    pendingRows = 0;
    options.onCommit?.({ ...totals });
  }

  return {
    add<T extends SyncedTable>(table: T, id: string, fields: RowFields<T>): void {
      let rows = pending.get(table);
      if (!rows) {
        rows = [];
        pending.set(table, rows);
      }
      rows.push({ id, fields } as NewRow<SyncedTable>);
      pendingRows += 1;
    },
    /** Commits when enough rows have gathered; call between whole units (a client's year). */
    commitIfFull(): void {
      if (pendingRows >= options.rowsPerTransaction) commit();
    },
    finish(): SinkTotals {
      commit();
      return { ...totals };
    },
  };
}

export type RowSink = ReturnType<typeof createRowSink>;
