import {
  enforceErasures,
  flushOperations,
  hasErasedAnything,
  runWrite,
  wipeFreedSpace,
  writeRow,
} from '../changes/index.ts';
import type { ClientEraseInput, ErasureResult } from '../contract/users.ts';
import { PristavError } from '../errors.ts';
import { selectAll, selectFirst } from '../query.ts';
import { type Store, storeToday } from '../store.ts';
import { requireHq } from '../sync/organisation.ts';

/**
 * The record and every record merged into it (directly or along a chain): the same person
 * registered twice is erased whole.
 */
function mergeGroup(store: Store, clientId: string): string[] {
  const rows = selectAll(
    store,
    store.db
      .withRecursive('grp(id)', (db) =>
        db
          .selectFrom('clients')
          .select('id')
          .where('id', '=', clientId)
          .union(
            db
              .selectFrom('clients as c')
              .innerJoin('grp', 'c.merged_into', 'grp.id')
              .select('c.id'),
          ),
      )
      .selectFrom('grp')
      .select('id')
      .orderBy('id'),
  );
  return rows.map((row) => row.id);
}

/**
 * GDPR erasure, at HQ only, with a reason (issue 12): one `erasures` row per record of the
 * person — operations that travel to every site in the next files — applied here at once in
 * the same transaction (db/changes/erase.ts), then the freed bytes wiped. Acts, loans and
 * attendance stay for the statistics (submitted periods keep their frozen figures anyway)
 * without their personal text.
 */
export function eraseClient(
  store: Store,
  userId: string | null,
  input: ClientEraseInput,
): ErasureResult {
  requireHq(store);
  const ids = mergeGroup(store, input.clientId);
  if (ids.length === 0) throw new PristavError('NOT_FOUND', { what: input.clientId });
  const actsKept = (['service_acts', 'loans', 'attendance'] as const)
    .map(
      (table) =>
        selectFirst(
          store,
          store.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('client_id', 'in', ids),
        )?.n ?? 0,
    )
    .reduce((sum, n) => sum + n, 0);
  const outcome = runWrite(store, userId, (w) => {
    for (const id of ids) {
      writeRow(w, 'erasures', id, { reason: input.reason, erased_on: storeToday(store) });
    }
    // The stubs replace operations already in the log, this transaction's included.
    flushOperations(w);
    return enforceErasures(store);
  });
  if (hasErasedAnything(outcome)) wipeFreedSpace(store);
  return {
    erased: ids,
    actsKept,
    notesEmptied: outcome.notes,
    operationsStubbed: outcome.stubs,
  };
}
