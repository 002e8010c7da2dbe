import { prepared, type Store } from '../store.ts';

/**
 * Acts and clients per service type in a period, from the all_acts view, counting merged
 * records as their survivor. The period report builds on this; tests pin the counting rules.
 */
export function countActsByType(
  store: Store,
  from: string,
  to: string,
): { type: string; acts: number; clients: number }[] {
  return prepared(
    store,
    `WITH RECURSIVE chain(id, survivor) AS (
       SELECT id, id FROM clients WHERE merged_into IS NULL
       UNION ALL
       SELECT c.id, chain.survivor FROM clients c JOIN chain ON c.merged_into = chain.id
     )
     SELECT x.type, count(*) AS acts, count(DISTINCT coalesce(chain.survivor, x.client_id)) AS clients
     FROM all_acts x LEFT JOIN chain ON chain.id = x.client_id
     WHERE x.date BETWEEN ? AND ?
     GROUP BY x.type ORDER BY acts DESC, x.type`,
  ).all(from, to) as { type: string; acts: number; clients: number }[];
}
