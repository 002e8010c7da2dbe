import { PristavError } from '../errors.ts';
import { prepared, type Store } from '../store.ts';
import { type Hlc, tickHlc } from './hlc.ts';
import { readSiteId } from './local-meta.ts';
import { encodeValue, hlcFromPartsSql } from './op-encoding.ts';
import { internField, internSite } from './op-interning.ts';
import type { NewRowQueue } from './new-row-queue.ts';
import type { StoredValue } from './synced-tables.ts';

// raw SQL: the write path runs these per field written, ~7 µs each (bench write-path: ~700 ms for
// 100 002 values); Kysely's compile would add ~4.6 µs per statement (bench query-builder).

/**
 * The state of one write transaction: which site writes, its next counter and its clock. Read
 * from the database when the transaction starts and saved in it before commit, so a failed
 * transaction leaves neither operations nor a moved clock or counter behind.
 */
export interface WriteTransaction {
  store: Store;
  site: string;
  author: string | null;
  /** Local ids (op_sites) of the site and the author, as the change log stores them. */
  siteKey: number;
  authorKey: number | null;
  /**
   * Field ids (op_fields) by table, then column, for this transaction only (op-interning.ts).
   * Two levels: an import asks for one per operation, and no "table.column" string is built.
   */
  fields: Map<string, Map<string, number>>;
  /** UUIDs by op_sites id, for this transaction only (op-lookup.ts). */
  siteUuids: Map<number, string>;
  counter: number;
  hlc: Hlc;
  /** Whether ops_awaited has rows, once looked up in this transaction (apply-row.ts). */
  hasAwaited?: boolean;
  /** Operations not yet inserted: they go in as multi-row INSERTs (see flushOperations). */
  pending: (StoredValue | Uint8Array)[];
  /** Set by an import only: its new rows go in as multi-row INSERTs (new-row-queue.ts). */
  newRows?: NewRowQueue;
}

const opColumns = 9;
/** Operations per multi-row INSERT: one statement instead of a hundred. */
const opsPerInsert = 100;

/**
 * Runs `work` in one IMMEDIATE transaction (it takes the write lock at once, so two writers
 * never interleave their counters). Everything `work` writes through writeRow() commits or
 * rolls back together with its operations.
 */
export function runWrite<T>(
  store: Store,
  author: string | null,
  work: (w: WriteTransaction) => T,
): T {
  const transaction = store.sqlite.transaction(() => {
    const w = beginWrite(store, author);
    const result = work(w);
    finishWrite(w);
    return result;
  });
  return transaction.immediate();
}

/** An open transaction that spans several runWrite() calls; see beginLongWrite. */
export interface LongWrite {
  commit(): void;
  rollback(): void;
}

/**
 * One IMMEDIATE transaction held open across turns of the event loop, for a job that writes in
 * chunks yet must commit or roll back as one (the legacy import). Each runWrite() inside it is
 * a savepoint (better-sqlite3 nests transactions so) that saves the counter and clock it moved,
 * so chunks follow one another as separate writes would; only COMMIT makes them durable. While
 * it is open the connection must serve nobody else: a call running in between would write into
 * this transaction, or read rows that may yet be rolled back. The caller keeps them out.
 */
export function beginLongWrite(store: Store): LongWrite {
  prepared(store, 'BEGIN IMMEDIATE').run();
  return {
    commit: () => prepared(store, 'COMMIT').run(),
    rollback: () => {
      if (store.sqlite.inTransaction) prepared(store, 'ROLLBACK').run();
    },
  };
}

function beginWrite(store: Store, author: string | null): WriteTransaction {
  const site = readSiteId(store);
  if (site === null) throw new PristavError('NOT_INITIALISED');
  const clock = prepared(store, 'SELECT wall, counter FROM hlc_state WHERE id = 1').get() as Hlc;
  const own = prepared(store, 'SELECT counter FROM version_vector WHERE site = ?').get(site) as
    { counter: number } | undefined;
  return {
    store,
    site,
    author,
    siteKey: internSite(store, site),
    authorKey: author === null ? null : internSite(store, author),
    fields: new Map(),
    siteUuids: new Map(),
    counter: own?.counter ?? 0,
    hlc: clock,
    pending: [],
  };
}

function finishWrite(w: WriteTransaction): void {
  flushOperations(w);
  prepared(w.store, 'UPDATE hlc_state SET wall = ?, counter = ? WHERE id = 1').run(
    w.hlc.wall,
    w.hlc.counter,
  );
  prepared(
    w.store,
    `INSERT INTO version_vector (site, counter) VALUES (?, ?)
     ON CONFLICT (site) DO UPDATE SET counter = excluded.counter`,
  ).run(w.site, w.counter);
}

/** The field id of `table.column` (cached for the transaction). */
export function fieldKey(w: WriteTransaction, table: string, column: string): number {
  let columns = w.fields.get(table);
  if (!columns) {
    columns = new Map();
    w.fields.set(table, columns);
  }
  let id = columns.get(column);
  if (id === undefined) {
    id = internField(w.store, table, column);
    columns.set(column, id);
  }
  return id;
}

/**
 * Stamps one operation (next counter, next clock value) and queues it for insertion. `row` is
 * the stored row id (encodeRowId), `deps` the encoded heads (encodeKeys). Returns the counter.
 */
export function appendOperation(
  w: WriteTransaction,
  field: number,
  row: Buffer | string,
  value: StoredValue,
  deps: Uint8Array | null,
): number {
  w.counter += 1;
  w.hlc = tickHlc(w.hlc, w.store.now());
  queueOperation(w, w.siteKey, w.counter, w.hlc, field, row, encodeValue(value), deps, w.authorKey);
  return w.counter;
}

/**
 * Queues an operation as it is stored (local ids, encoded value, row and deps) for the next
 * multi-row INSERT: a local one from appendOperation, or one received from another office.
 */
export function queueOperation(
  w: WriteTransaction,
  site: number,
  counter: number,
  hlc: Hlc,
  field: number,
  row: Buffer | string,
  value: StoredValue | Buffer,
  deps: Uint8Array | null,
  author: number | null,
): void {
  w.pending.push(site, counter, hlc.wall, hlc.counter, field, row, value, deps, author);
  if (w.pending.length >= opsPerInsert * opColumns) flushOperations(w);
}

const insertSqlByCount = new Map<number, string>();

/**
 * The multi-row INSERT of `count` operations, built once per count: the statement cache is
 * keyed by the SQL text, and hashing a freshly built 4 kB string on every flush was measured.
 */
function insertOpsSql(count: number): string {
  let sql = insertSqlByCount.get(count);
  if (sql === undefined) {
    const rows = `, (?, ?, ${hlcFromPartsSql}, ?, ?, ?, ?, ?)`.repeat(count).slice(2);
    sql = `INSERT INTO ops (site, counter, hlc, field, row, value, deps, author) VALUES ${rows}`;
    insertSqlByCount.set(count, sql);
  }
  return sql;
}

/** Inserts the queued operations now (before anything reads the change log back). */
export function flushOperations(w: WriteTransaction): void {
  const count = w.pending.length / opColumns;
  if (count === 0) return;
  prepared(w.store, insertOpsSql(count)).run(...w.pending);
  w.pending = [];
}
