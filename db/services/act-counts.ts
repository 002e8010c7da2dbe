import { selectAll } from '../query.ts';
import type { Store } from '../store.ts';

/**
 * Acts and clients per service type in a period, from the all_acts view, counting merged
 * records as their survivor. The period report builds on this; tests pin the counting rules.
 */
export function countActsByType(
  store: Store,
  from: string,
  to: string,
): { type: string; acts: number; clients: number }[] {
  return selectAll(
    store,
    store.db
      // Each record with the survivor it was merged into, through any number of merges.
      .withRecursive('chain(id, survivor)', (db) =>
        db
          .selectFrom('clients')
          .select(['id', 'id as survivor'])
          .where('merged_into', 'is', null)
          .unionAll(
            db
              .selectFrom('clients as c')
              .innerJoin('chain', 'c.merged_into', 'chain.id')
              .select(['c.id', 'chain.survivor']),
          ),
      )
      .selectFrom('all_acts as x')
      .leftJoin('chain', 'chain.id', 'x.client_id')
      .select((eb) => [
        'x.type',
        eb.fn.countAll<number>().as('acts'),
        eb.fn
          .count<number>(eb.fn.coalesce('chain.survivor', 'x.client_id'))
          .distinct()
          .as('clients'),
      ])
      .where('x.date', '>=', from)
      .where('x.date', '<=', to)
      .groupBy('x.type')
      .orderBy('acts', 'desc')
      .orderBy('x.type'),
  );
}
