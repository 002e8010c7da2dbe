import {
  type NewRow,
  type RowFields,
  runWrite,
  type SyncedTable,
  writeNewRows,
  type WriteTransaction,
} from '../changes/index.ts';
import type { Store } from '../store.ts';

export interface SinkTotals {
  rows: number;
  operations: number;
  transactions: number;
}

type Pending = Map<SyncedTable, NewRow<SyncedTable>[]>;

/**
 * Collects new rows of a large data set and writes them through the change log, one
 * transaction per unit of work the caller marks with commit(): memory stays bounded, and every
 * committed transaction is whole (rows, operations, heads, counter and clock together, and
 * whatever `also` records in it — a resumable fill notes how far it got).
 *
 * While discarding, rows are dropped instead of kept: a resumed fill regenerates the units it
 * committed before (the same seed gives the same rows) to reach the state it stopped in.
 */
export function createRowSink(
  store: Store,
  author: string | null,
  options: {
    /** Runs in the same transaction after the rows of a table are written (audit entries). */
    afterWrite?: (w: WriteTransaction, table: SyncedTable, rows: NewRow<SyncedTable>[]) => void;
    onCommit?: (totals: SinkTotals) => void;
  },
) {
  let pending: Pending = new Map();
  let pendingRows = 0;
  let isDiscarding = false;
  const totals: SinkTotals = { rows: 0, operations: 0, transactions: 0 };

  function commit(also?: (w: WriteTransaction) => void) {
    if (pendingRows === 0 && also === undefined) return;
    const batch = pending;
    totals.operations += runWrite(store, author, (w) => {
      let operations = 0;
      for (const [table, rows] of batch) {
        operations += writeNewRows(w, table, rows);
        options.afterWrite?.(w, table, rows);
      }
      also?.(w);
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
      if (isDiscarding) return;
      let rows = pending.get(table);
      if (!rows) {
        rows = [];
        pending.set(table, rows);
      }
      rows.push({ id, fields } as NewRow<SyncedTable>);
      pendingRows += 1;
    },
    /** Commits the rows gathered since the last commit, with `also` in the same transaction. */
    commit,
    setDiscarding(value: boolean): void {
      if (value && pendingRows > 0) throw new Error('rows pending: commit them first');
      isDiscarding = value;
    },
    totals: (): SinkTotals => ({ ...totals }),
  };
}

export type RowSink = ReturnType<typeof createRowSink>;
