import type { TimelineEntry } from '../contract/services.ts';
import { listMergedIds, resolveClientId } from '../clients/client-resolution.ts';
import { prepared, type Store } from '../store.ts';

/**
 * Everything a person received, newest first, under the surviving record: acts recorded for
 * them or for any record merged into theirs. Attended lessons and loans join as those land.
 */
export function getClientTimeline(store: Store, clientId: string): TimelineEntry[] {
  const survivor = resolveClientId(store, clientId);
  const ids = JSON.stringify([survivor, ...listMergedIds(store, survivor)]);
  const acts = prepared(
    store,
    `SELECT id, date, type, town, note, is_confidential FROM service_acts
     WHERE deleted = 0 AND client_id IN (SELECT value FROM json_each(?))
     ORDER BY date DESC, rowid DESC`,
  ).all(ids) as {
    id: string;
    date: string;
    type: string;
    town: string;
    note: string;
    is_confidential: number;
  }[];
  return acts.map((act) => ({
    date: act.date,
    type: act.type,
    source: 'act',
    sourceId: act.id,
    title: act.type,
    town: act.town,
    // Confidential notes stay out of lists; the act itself shows them to whoever may read them.
    note: act.is_confidential ? '' : act.note,
  }));
}
