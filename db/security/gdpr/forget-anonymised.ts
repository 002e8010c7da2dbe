import { forgetHistory } from '../../changes/index.ts';
import { anonymisedClientFields } from '../../clients/anonymised-fields.ts';
import { selectAll, selectFirst } from '../../query.ts';
import type { Store } from '../../store.ts';

const forgottenClientColumns = [...Object.keys(anonymisedClientFields), 'birth_date'];

/**
 * An anonymised record's earlier values — names, contacts, the full birth date, its acts'
 * notes — become stubs in the change log too (forget-history.ts), here and at every office the
 * anonymisation reaches, so no byte of them stays in the file. Only if the record is anonymised.
 */
export function forgetAnonymisedHistory(store: Store, clientId: string): number {
  const isAnonymised = selectFirst(
    store,
    store.db
      .selectFrom('clients')
      .select('id')
      .where('id', '=', clientId)
      .where('anonymised_on', 'is not', null),
  );
  if (isAnonymised === undefined) return 0;
  let stubbed = forgetHistory(store, 'clients', clientId, forgottenClientColumns);
  const acts = selectAll(
    store,
    store.db.selectFrom('service_acts').select('id').where('client_id', '=', clientId),
  );
  for (const { id: act } of acts) stubbed += forgetHistory(store, 'service_acts', act, ['note']);
  return stubbed;
}

/** The client whose act this is (an import that touched an act's note finds its person). */
export function clientOfAct(store: Store, actId: string): string | undefined {
  return selectFirst(
    store,
    store.db.selectFrom('service_acts').select('client_id').where('id', '=', actId),
  )?.client_id;
}
