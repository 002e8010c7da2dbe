import { dumpSyncedData } from '../../db/changes/dump.ts';
import type { StoredValue } from '../../db/changes/synced-tables.ts';
import type { Store } from '../../db/store.ts';
import { readAllHeads, readOperations } from './change-log.ts';
import { heldOperationKeys, reviewItemIds } from './sync-sites.ts';

/*
 * SYNC.md's semantics written out a second time, from scratch, to check the backend against:
 * which operations each site holds, and from that alone a field's heads (its operations no
 * other operation on the field depends on), the value it shows (the head with the highest
 * (hlc, site)), and the review queue (a field whose heads disagree; a deleted row with a head
 * its winning delete did not know). What this model does not decide it takes from the
 * database as a fact, never as an answer: which operations a call wrote, and their clocks.
 * Their deps it computes itself from what the writer held, and checks the stored ones against.
 */

export interface ModelOperation {
  /** `origin UUID:counter` */
  key: string;
  site: string;
  /** formatHlc() text: orders as the clock does. */
  hlc: string;
  table: string;
  row: string;
  column: string;
  value: StoredValue;
  deps: string[];
}

export const fieldId = (table: string, row: string, column: string) => `${table}/${row}/${column}`;

const byRank = (a: ModelOperation, b: ModelOperation) =>
  a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : a.site < b.site ? -1 : a.site > b.site ? 1 : 0;

function winnerOf(operations: readonly ModelOperation[]): ModelOperation {
  return operations.reduce((best, next) => (byRank(next, best) > 0 ? next : best));
}

export interface ExpectedState {
  /** Review item ids (`table/row/column`, as review_items.id). */
  review: string[];
  /** The value each field with operations shows. */
  values: Map<string, { table: string; row: string; column: string; value: StoredValue }>;
  /** Row id → `table.column` → sorted head keys, as readAllHeads() spells them. */
  heads: Record<string, Record<string, string[]>>;
}

export class SyncModel {
  readonly operations = new Map<string, ModelOperation>();
  private readonly byField = new Map<string, ModelOperation[]>();
  private readonly fieldsByRow = new Map<string, Set<string>>();
  /** Site id → keys of the operations it holds. */
  readonly known = new Map<string, Set<string>>();

  /** Takes in what a database holds at the start (its operations are facts, deps included). */
  adoptSite(siteId: string, store: Store): void {
    const held = new Set<string>();
    for (const op of readOperations(store)) {
      const operation: ModelOperation = {
        key: `${op.site}:${op.counter}`,
        site: op.site,
        hlc: op.hlc,
        table: op.table,
        row: op.rowId,
        column: op.column,
        value: op.value,
        deps: op.deps.map(([site, counter]) => `${site}:${counter}`),
      };
      const existing = this.operations.get(operation.key);
      if (existing && JSON.stringify(existing) !== JSON.stringify(operation)) {
        throw new Error(`Operation ${operation.key} differs between two databases`);
      }
      if (!existing) this.add(operation);
      held.add(operation.key);
    }
    this.known.set(siteId, held);
  }

  private add(operation: ModelOperation): void {
    this.operations.set(operation.key, operation);
    const field = fieldId(operation.table, operation.row, operation.column);
    const list = this.byField.get(field) ?? [];
    list.push(operation);
    this.byField.set(field, list);
    const fields = this.fieldsByRow.get(operation.row) ?? new Set();
    fields.add(field);
    this.fieldsByRow.set(operation.row, fields);
  }

  heads(known: ReadonlySet<string>, field: string): ModelOperation[] {
    const held = (this.byField.get(field) ?? []).filter((operation) => known.has(operation.key));
    const replaced = new Set(held.flatMap((operation) => operation.deps));
    return held.filter((operation) => !replaced.has(operation.key));
  }

  /**
   * What a write at a site holding `known` must depend on: the field's heads; for a delete,
   * every head of the row (SYNC.md: a delete concurrent with an edit is flagged).
   */
  expectedDeps(
    known: ReadonlySet<string>,
    write: { table: string; row: string; column: string; value: StoredValue },
  ): string[] {
    const fields =
      write.column === 'deleted' && write.value === 1
        ? [...(this.fieldsByRow.get(write.row) ?? [])]
        : [fieldId(write.table, write.row, write.column)];
    return fields.flatMap((field) => this.heads(known, field).map((head) => head.key)).sort();
  }

  /**
   * The operations a site wrote since counter `after` (read from its log), each checked to
   * depend on exactly what the model says its writer held, then held by the writer.
   */
  recordWrites(siteId: string, store: Store, after: number): ModelOperation[] {
    const known = this.known.get(siteId)!;
    const written = readOperations(store, 's.uuid = ? AND o.counter > ?', siteId, after);
    return written.map((op) => {
      const operation: ModelOperation = {
        key: `${op.site}:${op.counter}`,
        site: op.site,
        hlc: op.hlc,
        table: op.table,
        row: op.rowId,
        column: op.column,
        value: op.value,
        deps: op.deps.map(([site, counter]) => `${site}:${counter}`).sort(),
      };
      const expected = this.expectedDeps(known, operation);
      if (JSON.stringify(expected) !== JSON.stringify(operation.deps)) {
        throw new Error(
          `Operation ${operation.key} on ${fieldId(op.table, op.rowId, op.column)} = ` +
            `${JSON.stringify(op.value)} depends on ${JSON.stringify(operation.deps)}; ` +
            `its writer held the heads ${JSON.stringify(expected)}`,
        );
      }
      this.add(operation);
      known.add(operation.key);
      return operation;
    });
  }

  /** A site took in a file: it now holds what the sender held when it wrote it. */
  receive(siteId: string, snapshot: ReadonlySet<string>): void {
    const known = this.known.get(siteId)!;
    for (const key of snapshot) known.add(key);
  }

  /** What a database holding exactly `known` must show. */
  expected(known: ReadonlySet<string>): ExpectedState {
    const review = new Set<string>();
    const values: ExpectedState['values'] = new Map();
    const heads: ExpectedState['heads'] = {};
    for (const [field, operations] of this.byField) {
      const fieldHeads = this.heads(known, field);
      if (fieldHeads.length === 0) continue;
      const { table, row, column } = operations[0]!;
      values.set(field, { table, row, column, value: winnerOf(fieldHeads).value });
      (heads[row] ??= {})[`${table}.${column}`] = fieldHeads.map((head) => head.key).sort();
      if (new Set(fieldHeads.map((head) => head.value)).size > 1) review.add(field);
      if (column !== 'deleted') continue;
      const winningDelete = winnerOf(fieldHeads);
      if (winningDelete.value !== 1) continue;
      const knownToDelete = new Set(winningDelete.deps);
      const isEditedMeanwhile = [...this.fieldsByRow.get(row)!]
        .filter((other) => other !== field)
        .some((other) => this.heads(known, other).some((head) => !knownToDelete.has(head.key)));
      if (isEditedMeanwhile) review.add(field);
    }
    return { review: [...review].sort(), values, heads };
  }

  /** Every operation any site holds. */
  union(): Set<string> {
    return new Set([...this.known.values()].flatMap((known) => [...known]));
  }
}

/**
 * Checks a database against the model for what the site holds: the same operations, the same
 * heads, every field showing its winner, and exactly the review items the model expects.
 * Returns a description of the first difference, or null.
 */
export function compareWithModel(model: SyncModel, siteId: string, store: Store): string | null {
  const known = model.known.get(siteId)!;
  const held = heldOperationKeys(store);
  const missing = [...known].filter((key) => !held.has(key));
  const extra = [...held].filter((key) => !known.has(key));
  if (missing.length > 0 || extra.length > 0) {
    return `holds other operations than its files brought: missing ${missing.join(', ')}; extra ${extra.join(', ')}`;
  }
  const expected = model.expected(known);

  const actualHeads = Object.fromEntries(
    Object.entries(readAllHeads(store)).map(([row, fields]) => [
      row,
      Object.fromEntries(
        Object.entries(fields).map(([field, keys]) => [
          field,
          keys.map(([site, counter]) => `${site}:${counter}`).sort(),
        ]),
      ),
    ]),
  );
  for (const row of new Set([...Object.keys(actualHeads), ...Object.keys(expected.heads)])) {
    const actual = JSON.stringify(sortKeys(actualHeads[row] ?? {}));
    const wanted = JSON.stringify(sortKeys(expected.heads[row] ?? {}));
    if (actual !== wanted) return `heads of row ${row} are ${actual}, expected ${wanted}`;
  }

  const dump = dumpSyncedData(store) as Record<string, Record<string, unknown>[]>;
  const rows = new Map<string, Record<string, unknown>>();
  for (const [table, tableRows] of Object.entries(dump)) {
    for (const row of tableRows) rows.set(`${table}/${String(row.id)}`, row);
  }
  for (const [field, { table, row, column, value }] of expected.values) {
    const domainRow = rows.get(`${table}/${row}`);
    if (!domainRow) return `row ${table}/${row} is missing`;
    if (domainRow[column] !== value) {
      return `${field} shows ${JSON.stringify(domainRow[column])}, its winning head is ${JSON.stringify(value)}`;
    }
  }

  const review = reviewItemIds(store);
  if (JSON.stringify(review) !== JSON.stringify(expected.review)) {
    const unexpected = review.filter((id) => !expected.review.includes(id));
    const absent = expected.review.filter((id) => !review.includes(id));
    return `review queue: unexpected [${unexpected.join(', ')}], missing [${absent.join(', ')}]`;
  }
  return null;
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
}
