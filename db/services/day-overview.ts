import type { DayOverview } from '../contract/services.ts';
import { clientDisplayName } from '../clients/client-mapping.ts';
import type { ClientsTable } from '../schema.ts';
import { prepared, type Store, storeToday } from '../store.ts';

/**
 * The front desk's tally of a day from the all_acts view: recorded acts, attended lessons and
 * library loans, each with its client; totals by type; anonymous walk-ins apart.
 */
export function getDayOverview(store: Store, date = storeToday(store)): DayOverview {
  const acts = prepared(
    store,
    `SELECT x.source, x.source_id, x.client_id, x.type, x.town,
       c.family_name, c.given_names, c.nickname, c.is_pseudonymous
     FROM all_acts x JOIN clients c ON c.id = x.client_id
     WHERE x.date = ? ORDER BY x.source, x.source_id DESC`,
  ).all(date) as ({
    source: 'act' | 'lesson' | 'loan';
    source_id: string;
    client_id: string;
    type: string;
    town: string;
  } & ClientsTable)[];
  const actsByType = prepared(
    store,
    `SELECT type, count(*) AS count FROM all_acts WHERE date = ?
     GROUP BY type ORDER BY count DESC, type`,
  ).all(date) as { type: string; count: number }[];
  const anonymousByType = prepared(
    store,
    `SELECT type, sum(count) AS count FROM anonymous_tallies WHERE deleted = 0 AND date = ?
     GROUP BY type ORDER BY count DESC, type`,
  ).all(date) as { type: string; count: number }[];
  return {
    date,
    acts: acts.map((act) => ({
      id: act.source_id,
      source: act.source,
      clientId: act.client_id,
      clientName: clientDisplayName(act),
      type: act.type,
      town: act.town,
    })),
    actsByType,
    anonymousByType,
  };
}
