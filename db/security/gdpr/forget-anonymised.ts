import { forgetHistory } from '../../changes/index.ts';
import { anonymisedClientFields } from '../../clients/anonymised-fields.ts';
import { prepared, type Store } from '../../store.ts';

const forgottenClientColumns = [...Object.keys(anonymisedClientFields), 'birth_date'];

/**
 * An anonymised record's earlier values — names, contacts, the full birth date, its acts'
 * notes — become stubs in the change log too (forget-history.ts), here and at every office the
 * anonymisation reaches, so no byte of them stays in the file. Only if the record is anonymised.
 */
export function forgetAnonymisedHistory(store: Store, clientId: string): number {
  const isAnonymised = prepared(
    store,
    'SELECT 1 FROM clients WHERE id = ? AND anonymised_on IS NOT NULL',
  ).get(clientId);
  if (isAnonymised === undefined) return 0;
  let stubbed = forgetHistory(store, 'clients', clientId, forgottenClientColumns);
  const acts = prepared(store, 'SELECT id FROM service_acts WHERE client_id = ?')
    .pluck()
    .all(clientId) as string[];
  for (const act of acts) stubbed += forgetHistory(store, 'service_acts', act, ['note']);
  return stubbed;
}

/** The client whose act this is (an import that touched an act's note finds its person). */
export function clientOfAct(store: Store, actId: string): string | undefined {
  return prepared(store, 'SELECT client_id FROM service_acts WHERE id = ?').pluck().get(actId) as
    string | undefined;
}
