import { prepared } from '../store.ts';
import type { Hlc } from './hlc.ts';
import { decodeKeys, encodeKeys, encodeRowId, type LocalOpKey } from './op-encoding.ts';
import { compareRank, type HeldOperation, isHeld, readHeldOperation } from './op-lookup.ts';
import { encodeRowHeads, readRowHeadsRecord, type RowHeads, saveRowHeads } from './row-heads.ts';
import { materialisedValue, type StoredValue, type SyncedTable } from './synced-tables.ts';
import { fieldKey, flushOperations, type WriteTransaction } from './write-transaction.ts';

// raw SQL: the write path runs these per field written, ~7 µs each (bench write-path: ~700 ms for
// 100 002 values); Kysely's compile would add ~4.6 µs per statement (bench query-builder).

/** An operation on one row, new to this database, as the apply path takes it. */
export interface RowOperation {
  key: LocalOpKey;
  /** The origin site's UUID. */
  site: string;
  hlc: Hlc;
  field: number;
  column: string;
  value: StoredValue;
  deps: LocalOpKey[];
  /**
   * Written by this transaction just now (a local edit): no other operation can name it yet,
   * and its deps are exactly the heads it replaces, so the lookups an imported operation needs
   * are skipped.
   */
  isFresh: boolean;
}

export interface RowApplied {
  /** The domain row did not exist before (its first operations arrived). */
  isNewRow: boolean;
  /** The row's `deleted` went from 0 to 1. */
  isNewlyDeleted: boolean;
  /** Review items this change opened. */
  reviewOpened: number;
}

type Row = Record<string, StoredValue>;

const sameKey = (a: LocalOpKey, b: LocalOpKey) => a[0] === b[0] && a[1] === b[1];
const keyText = (key: LocalOpKey) => `${key[0]}:${key[1]}`;

/** What ranking a head needs: an incoming operation, or one read back from the log. */
type Ranked = Pick<HeldOperation, 'hlc' | 'site' | 'value' | 'deps'>;

/**
 * The one apply path of SYNC.md, for a local edit and an imported operation alike: the new
 * operations (already in `ops`) update their field's heads (heads minus deps), the head with the
 * highest (hlc, site) becomes the field's value in the domain row, and the review queue follows
 * the heads. The derived tables (search index, duplicate keys, report summaries) follow the
 * domain row through its triggers. The result depends on the set of operations held, not on
 * the order they came in: an operation that arrives after one that replaced it is remembered
 * in `ops_awaited` and never becomes a head.
 */
export function applyRowOperations(
  w: WriteTransaction,
  table: SyncedTable,
  rowId: string,
  operations: readonly RowOperation[],
  known: { current?: Row | null; heads?: RowHeads } = {},
): RowApplied {
  const { store } = w;
  const rowKey = encodeRowId(rowId);
  const queue = w.newRows;
  // Another table's row under the same id queued its record in this batch: read it back.
  if (queue?.hasHeads(rowKey)) queue.flush();
  const record = known.heads ?? readRowHeadsRecord(store, rowKey);
  const heads = record ?? new Map<number, Uint8Array>();
  const touched = new Map<number, string>();
  // Each touched field's heads, decoded once, and how many it had before.
  const fieldHeads = new Map<number, LocalOpKey[]>();
  const headsBefore = new Map<number, number>();
  const incoming = new Map<string, RowOperation>();
  // Imported operations are all in `ops` before any is applied, so an operation that a later
  // one in this batch depends on is "held" while its turn has not come yet: it must be awaited
  // like one that has not arrived, or it becomes a head when its turn comes. (Only deps ask,
  // and most imported rows are new ones whose operations have none.)
  const hasDeps = operations.some((operation) => !operation.isFresh && operation.deps.length > 0);
  const notYetApplied = hasDeps
    ? new Set(
        operations
          .filter((operation) => !operation.isFresh)
          .map((operation) => keyText(operation.key)),
      )
    : null;
  for (const operation of operations) {
    const { field } = operation;
    notYetApplied?.delete(keyText(operation.key));
    let current = fieldHeads.get(field);
    if (!current) {
      current = decodeKeys(heads.get(field) ?? null);
      fieldHeads.set(field, current);
      headsBefore.set(field, current.length);
    }
    const isReplaced = !operation.isFresh && takeAwaited(w, operation.key, field);
    for (const dep of operation.deps) {
      const index = current.findIndex((key) => sameKey(key, dep));
      if (index >= 0) current.splice(index, 1);
      else if (!operation.isFresh && (notYetApplied!.has(keyText(dep)) || !isHeldNow(w, dep)))
        addAwaited(w, dep, field);
    }
    if (!isReplaced) current.push(operation.key);
    touched.set(field, operation.column);
    incoming.set(keyText(operation.key), operation);
  }
  for (const [field, keys] of fieldHeads) {
    if (keys.length > 0) heads.set(field, encodeKeys(keys)!);
    else heads.delete(field);
  }
  if (queue && record === undefined && typeof rowKey !== 'string') {
    queue.insertHeads(rowKey, encodeRowHeads(heads));
  } else {
    saveRowHeads(store, rowKey, heads);
  }

  const held = (key: LocalOpKey): Ranked => {
    const operation = incoming.get(keyText(key));
    if (operation) return operation;
    // Local operations are queued for multi-row INSERTs; one being read back must be in.
    flushOperations(w);
    return readHeldOperation(store, w.siteUuids, key);
  };
  const winners: Row = {};
  let reviewOpened = 0;
  for (const [field, keys] of fieldHeads) {
    const column = touched.get(field)!;
    // One head (every local edit, most imports): it is the value, and nothing is disputed.
    if (keys.length === 1) {
      winners[column] = materialisedValue(table, column, held(keys[0]!).value);
      if (headsBefore.get(field)! > 1) closeReview(w, table, rowId, column, 'edit');
      continue;
    }
    const candidates = keys.map(held);
    const winner = candidates.reduce((best, next) => (compareRank(next, best) > 0 ? next : best));
    winners[column] = materialisedValue(table, column, winner.value);
    const isDisputed = new Set(candidates.map((candidate) => candidate.value)).size > 1;
    if (isDisputed) reviewOpened += openReview(w, table, rowId, column, 'edit');
    else if (headsBefore.get(field)! > 1) closeReview(w, table, rowId, column, 'edit');
  }

  const current =
    known.current !== undefined
      ? known.current
      : ((prepared(store, `SELECT * FROM ${table} WHERE id = ?`).get(rowId) as Row | undefined) ??
        null);
  writeDomainRow(w, table, rowId, current, winners);

  const wasDeleted = current?.deleted === 1;
  const isDeleted = (winners.deleted ?? current?.deleted ?? 0) === 1;
  if (isDeleted) {
    reviewOpened += checkDeleteAgainstEdits(w, table, rowId, heads, held);
  } else if (wasDeleted || [...touched.values()].includes('deleted')) {
    closeReview(w, table, rowId, 'deleted', 'deleteEdit');
  }
  return { isNewRow: current === null, isNewlyDeleted: isDeleted && !wasDeleted, reviewOpened };
}

function writeDomainRow(
  w: WriteTransaction,
  table: SyncedTable,
  rowId: string,
  current: Row | null,
  winners: Row,
): void {
  if (current === null && w.newRows) {
    w.newRows.insertRow(table, rowId, winners);
    return;
  }
  const changed = Object.entries(winners).filter(
    ([column, value]) => current === null || current[column] !== value,
  );
  if (current === null) {
    const columns = changed.map(([column]) => column);
    prepared(
      w.store,
      `INSERT INTO ${table} (id${columns.map((column) => `, ${column}`).join('')})
       VALUES (?${', ?'.repeat(columns.length)})`,
    ).run(rowId, ...changed.map(([, value]) => value));
  } else if (changed.length > 0) {
    prepared(
      w.store,
      `UPDATE ${table} SET ${changed.map(([column]) => `${column} = ?`).join(', ')} WHERE id = ?`,
    ).run(...changed.map(([, value]) => value), rowId);
  }
}

/**
 * A deleted row whose other fields hold a head the delete did not know (its deps list every
 * head of the row when it was written): someone edited the row while another office deleted it.
 */
function checkDeleteAgainstEdits(
  w: WriteTransaction,
  table: SyncedTable,
  rowId: string,
  heads: RowHeads,
  held: (key: LocalOpKey) => Ranked,
): number {
  const deletedField = fieldKey(w, table, 'deleted');
  const deletes = decodeKeys(heads.get(deletedField) ?? null).map(held);
  if (deletes.length === 0) return 0;
  const winner = deletes.reduce((best, next) => (compareRank(next, best) > 0 ? next : best));
  const known = winner.deps;
  const isEditedMeanwhile = [...heads].some(
    ([field, keys]) =>
      field !== deletedField &&
      decodeKeys(keys).some((key) => !known.some((dep) => sameKey(dep, key))),
  );
  if (isEditedMeanwhile) return openReview(w, table, rowId, 'deleted', 'deleteEdit');
  closeReview(w, table, rowId, 'deleted', 'deleteEdit');
  return 0;
}

export function reviewItemId(table: string, rowId: string, column: string): string {
  return `${table}/${rowId}/${column}`;
}

/** Adds a review item; 1 if it is new. An edit dispute of `deleted` outranks deleteEdit. */
function openReview(
  w: WriteTransaction,
  table: string,
  rowId: string,
  column: string,
  kind: 'edit' | 'deleteEdit',
): number {
  const id = reviewItemId(table, rowId, column);
  const existing = prepared(w.store, 'SELECT kind FROM review_items WHERE id = ?')
    .pluck()
    .get(id) as string | undefined;
  if (existing === undefined) {
    prepared(
      w.store,
      'INSERT INTO review_items (id, table_name, row_id, column_name, kind) VALUES (?, ?, ?, ?, ?)',
    ).run(id, table, rowId, column, kind);
    return 1;
  }
  if (existing !== kind && kind === 'edit') {
    prepared(w.store, "UPDATE review_items SET kind = 'edit' WHERE id = ?").run(id);
  }
  return 0;
}

function closeReview(
  w: WriteTransaction,
  table: string,
  rowId: string,
  column: string,
  kind: 'edit' | 'deleteEdit',
): void {
  prepared(w.store, 'DELETE FROM review_items WHERE id = ? AND kind = ?').run(
    reviewItemId(table, rowId, column),
    kind,
  );
}

/** isHeld() of an operation that may still be queued for insertion in this transaction. */
function isHeldNow(w: WriteTransaction, key: LocalOpKey): boolean {
  flushOperations(w);
  return isHeld(w.store, key);
}

/** Whether ops_awaited has rows (looked up once per transaction, then kept up to date). */
export function hasAwaitedOperations(w: WriteTransaction): boolean {
  w.hasAwaited ??=
    prepared(w.store, 'SELECT EXISTS (SELECT 1 FROM ops_awaited)').pluck().get() === 1;
  return w.hasAwaited;
}

function takeAwaited(w: WriteTransaction, key: LocalOpKey, field: number): boolean {
  // Usually nothing is awaited: one look per transaction saves a DELETE per operation.
  if (!hasAwaitedOperations(w)) return false;
  const removed = prepared(
    w.store,
    'DELETE FROM ops_awaited WHERE site = ? AND counter = ? RETURNING field',
  )
    .pluck()
    .all(key[0], key[1]) as number[];
  return removed.includes(field);
}

function addAwaited(w: WriteTransaction, key: LocalOpKey, field: number): void {
  w.hasAwaited = true;
  prepared(
    w.store,
    'INSERT OR IGNORE INTO ops_awaited (site, counter, field) VALUES (?, ?, ?)',
  ).run(key[0], key[1], field);
}
