import type { DayOverview } from '../contract/services.ts';
import { clientDisplayName } from '../clients/client-mapping.ts';
import { selectAll } from '../query.ts';
import type { ClientsTable } from '../schema.ts';
import { type Store, storeToday } from '../store.ts';

/**
 * The front desk's tally of a day from the all_acts view: recorded acts, attended lessons and
 * library loans, each with its client; totals by type; anonymous walk-ins apart.
 */
export function getDayOverview(store: Store, date = storeToday(store)): DayOverview {
  const acts = selectAll(
    store,
    store.db
      .selectFrom('all_acts as x')
      .innerJoin('clients as c', 'c.id', 'x.client_id')
      .select(['x.source', 'x.source_id', 'x.client_id', 'x.type', 'x.town'])
      // What clientDisplayName reads: an anonymised client shows as such, not as a blank name.
      .select(['c.family_name', 'c.given_names', 'c.nickname', 'c.is_pseudonymous'])
      .select('c.anonymised_on')
      .where('x.date', '=', date)
      .orderBy('x.source')
      .orderBy('x.source_id', 'desc'),
  );
  const actsByType = selectAll(
    store,
    store.db
      .selectFrom('all_acts')
      .select((eb) => ['type', eb.fn.countAll<number>().as('count')])
      .where('date', '=', date)
      .groupBy('type')
      .orderBy('count', 'desc')
      .orderBy('type'),
  );
  // Every group has a row, so its sum is never NULL (Kysely types sum() as nullable).
  const anonymousByType = selectAll(
    store,
    store.db
      .selectFrom('anonymous_tallies')
      .select((eb) => ['type', eb.fn.sum<number>('count').as('count')])
      .where('deleted', '=', 0)
      .where('date', '=', date)
      .groupBy('type')
      .orderBy('count', 'desc')
      .orderBy('type'),
  );
  return {
    date,
    acts: acts.map((act) => ({
      id: act.source_id,
      source: act.source,
      clientId: act.client_id,
      // The columns clientDisplayName reads are selected above; it is typed for whole rows.
      clientName: clientDisplayName(act as typeof act & ClientsTable),
      type: act.type,
      town: act.town,
    })),
    actsByType,
    anonymousByType,
  };
}
