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
import { prepared, type Store, storeToday } from '../store.ts';
import { requireHq } from '../sync/organisation.ts';

/**
 * The record and every record merged into it (directly or along a chain): the same person
 * registered twice is erased whole.
 */
function mergeGroup(store: Store, clientId: string): string[] {
  return prepared(
    store,
    `WITH RECURSIVE grp(id) AS (
       SELECT id FROM clients WHERE id = ?
       UNION SELECT c.id FROM clients c JOIN grp ON c.merged_into = grp.id)
     SELECT id FROM grp ORDER BY id`,
  )
    .pluck()
    .all(clientId) as string[];
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
  const placeholders = ids.map(() => '?').join(', ');
  const actsKept = prepared(
    store,
    `SELECT (SELECT count(*) FROM service_acts WHERE client_id IN (${placeholders}))
          + (SELECT count(*) FROM loans WHERE client_id IN (${placeholders}))
          + (SELECT count(*) FROM attendance WHERE client_id IN (${placeholders}))`,
  )
    .pluck()
    .get(...ids, ...ids, ...ids) as number;
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
