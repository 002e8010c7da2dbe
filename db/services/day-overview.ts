import type { DayOverview } from '../contract/services.ts';
import { todayIso } from '../contract/dates.ts';
import { clientDisplayName } from '../clients/client-mapping.ts';
import type { ClientsTable } from '../schema.ts';
import { prepared, type Store } from '../store.ts';

/** The front desk's tally of a day: every act with its client, totals by type, walk-ins. */
export function getDayOverview(store: Store, date = todayIso(new Date(store.now()))): DayOverview {
  const acts = prepared(
    store,
    `SELECT a.id, a.client_id, a.type, a.town, c.family_name, c.given_names, c.nickname, c.is_pseudonymous
     FROM service_acts a JOIN clients c ON c.id = a.client_id
     WHERE a.deleted = 0 AND a.date = ? ORDER BY a.rowid DESC`,
  ).all(date) as ({ id: string; client_id: string; type: string; town: string } & ClientsTable)[];
  const actsByType = prepared(
    store,
    `SELECT type, count(*) AS count FROM service_acts WHERE deleted = 0 AND date = ?
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
      id: act.id,
      clientId: act.client_id,
      clientName: clientDisplayName(act),
      type: act.type,
      town: act.town,
    })),
    actsByType,
    anonymousByType,
  };
}
