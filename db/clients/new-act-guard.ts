import { PristavError } from '../errors.ts';
import type { ClientsTable } from '../schema.ts';
import type { Store } from '../store.ts';
import { clientDisplayName } from './client-mapping.ts';
import { listMergedIds, readClientRow, requireLiveClient } from './client-resolution.ts';

/**
 * The record a new act is written to — a service act, a loan, an enrolment, a presence at a
 * lesson — refused when the person withdrew their consent (GDPR art. 7(3): processing stops,
 * so nothing new is recorded against the name) or the record was anonymised (there is no
 * name left to record against). Records merged into the survivor are the same person: a
 * withdrawal noted on any of them counts.
 *
 * Only new acts from the API are refused. Corrections and deletions of earlier acts, returns
 * of loans, and operations arriving from other offices (which must always apply, SYNC.md) are
 * not acts recorded here and now.
 */
export function requireClientForNewAct(store: Store, id: string): ClientsTable {
  const client = requireLiveClient(store, id);
  assertMayRecordFor(store, client);
  return client;
}

/** The same refusal for a record already resolved to its survivor (attendance marks). */
export function assertMayRecordFor(store: Store, client: ClientsTable): void {
  if (client.anonymised_on) throw new PristavError('CLIENT_ANONYMISED');
  const withdrawn = [
    client,
    ...listMergedIds(store, client.id).map((id) => readClientRow(store, id)),
  ].find((record) => record?.consent_withdrawn)?.consent_withdrawn;
  if (withdrawn) {
    throw new PristavError('CONSENT_WITHDRAWN', {
      client: clientDisplayName(client),
      date: withdrawn,
    });
  }
}
