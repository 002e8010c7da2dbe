import { prepared, type Store } from '../store.ts';
import { encodeRowId } from './op-encoding.ts';
import { internField } from './op-interning.ts';
import { readRowHeads, saveRowHeads } from './row-heads.ts';

// raw SQL: enforceErasures runs in every write transaction (bench write-path: ~7 µs per value
// written); the tables and columns it empties are chosen at run time, which Kysely cannot type.

/*
 * GDPR erasure (SYNC.md "Erasure"). An `erasures` row — written at HQ, travelling like any
 * operation — says a person is erased. Wherever it is held, this makes it so, and keeps it so
 * whatever arrives later (a branch's edit made before the erasure reached it, an old file read
 * again): the person's record is deleted, the personal fields of the rows that stay for the
 * statistics (acts' notes) are emptied, and every operation that carried their data becomes a
 * stub — its value gone, its (site, counter) kept, so counters stay contiguous and the
 * operation is never asked for again. It runs in the transaction that applied the operations,
 * so it is all or nothing with them; the bytes freed are then wiped (see wipeFreedSpace).
 */

/** Fields of rows that stay after their person is erased, and may hold personal text. */
const personalChildFields: readonly { table: string; column: string }[] = [
  { table: 'service_acts', column: 'note' },
];

/** Whether an operation on this field may arrive as a stub (a null value whatever the type). */
export function mayBeStub(table: string, column: string): boolean {
  return (
    table === 'clients' ||
    personalChildFields.some((field) => field.table === table && field.column === column)
  );
}

export interface ErasureOutcome {
  /** Client records deleted, operations made stubs, notes emptied: 0 when all was done before. */
  records: number;
  stubs: number;
  notes: number;
}

function erasedIds(store: Store): string[] {
  return prepared(store, 'SELECT id FROM erasures WHERE deleted = 0').pluck().all() as string[];
}

export function isErased(store: Store, clientId: string): boolean {
  return (
    prepared(store, 'SELECT 1 FROM erasures WHERE id = ? AND deleted = 0').get(clientId) !==
    undefined
  );
}

/**
 * Makes every erasure held here true in the data: idempotent and cheap when nothing is left to
 * do (one lookup per erased person). Call inside the transaction that wrote or imported.
 */
export function enforceErasures(store: Store): ErasureOutcome {
  const outcome: ErasureOutcome = { records: 0, stubs: 0, notes: 0 };
  const ids = erasedIds(store);
  if (ids.length === 0) return outcome;
  // Row ids are shared across tables (the erasures row has the client's id): only the client
  // record's fields are stubbed, never the erasure that says so.
  const stub = prepared(
    store,
    `UPDATE ops SET value = NULL WHERE row = ? AND value IS NOT NULL
       AND field IN (SELECT id FROM op_fields WHERE table_name = 'clients')`,
  );
  const clientFields = new Set(
    prepared(store, "SELECT id FROM op_fields WHERE table_name = 'clients'")
      .pluck()
      .all() as number[],
  );
  const stubField = prepared(
    store,
    'UPDATE ops SET value = NULL WHERE row = ? AND field = ? AND value IS NOT NULL',
  );
  for (const id of ids) {
    const row = encodeRowId(id);
    outcome.records += prepared(store, 'DELETE FROM clients WHERE id = ?').run(id).changes;
    const heads = readRowHeads(store, row);
    const kept = new Map([...heads].filter(([field]) => !clientFields.has(field)));
    if (kept.size !== heads.size) saveRowHeads(store, row, kept);
    prepared(store, 'DELETE FROM review_items WHERE row_id = ?').run(id);
    outcome.stubs += stub.run(row).changes;
    for (const { table, column } of personalChildFields) {
      const field = internField(store, table, column);
      const children = prepared(store, `SELECT id FROM ${table} WHERE client_id = ?`)
        .pluck()
        .all(id) as string[];
      for (const child of children) {
        outcome.stubs += stubField.run(encodeRowId(child), field).changes;
        prepared(
          store,
          `DELETE FROM review_items WHERE table_name = ? AND row_id = ? AND column_name = ?`,
        ).run(table, child, column);
      }
      outcome.notes += prepared(
        store,
        `UPDATE ${table} SET ${column} = '' WHERE client_id = ? AND ${column} != ''`,
      ).run(id).changes;
    }
  }
  return outcome;
}

export function hasErasedAnything(outcome: ErasureOutcome): boolean {
  return outcome.records + outcome.stubs + outcome.notes > 0;
}

/**
 * After an erasure has committed: the search index merged (its old segments held the name),
 * the WAL copied into the file and emptied, and the file rebuilt (VACUUM), so that with
 * `secure_delete` (on for every connection) no page, free or used, still holds the name.
 */
export function wipeFreedSpace(store: Store): void {
  store.sqlite.exec("INSERT INTO client_search (client_search) VALUES ('optimize')");
  store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  store.sqlite.exec('VACUUM');
  store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
}
