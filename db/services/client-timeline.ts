import type { TimelineEntry } from '../contract/services.ts';
import { listMergedIds, resolveClientId } from '../clients/client-resolution.ts';
import { prepared, type Store } from '../store.ts';

/**
 * Everything a person received, newest first, under the surviving record: every act of the
 * all_acts view (acts, attended lessons, library loans) recorded for them or any record merged into theirs.
 */
export function getClientTimeline(store: Store, clientId: string): TimelineEntry[] {
  const survivor = resolveClientId(store, clientId);
  const ids = JSON.stringify([survivor, ...listMergedIds(store, survivor)]);
  const rows = prepared(
    store,
    `SELECT x.source, x.source_id, x.type, x.date, x.town,
       coalesce(a.note, '') AS note, coalesce(a.is_confidential, 0) AS is_confidential,
       a.minutes, coalesce(a.computer, '') AS computer, u.name AS worker_name,
       coalesce(c.title, b.title, '') AS course_title,
       a.partner_id, pt.name AS partner_name, pt.kind AS partner_kind,
       a.event_id, ev.topic AS event_topic, ev.kind AS event_kind
     FROM all_acts x
     LEFT JOIN service_acts a ON x.source = 'act' AND a.id = x.source_id
     LEFT JOIN users u ON u.id = a.worker_id
     LEFT JOIN partners pt ON pt.id = a.partner_id
     LEFT JOIN events ev ON ev.id = a.event_id
     LEFT JOIN attendance t ON x.source = 'lesson' AND t.id = x.source_id
     LEFT JOIN lessons l ON l.id = t.lesson_id
     LEFT JOIN courses c ON c.id = l.course_id
     LEFT JOIN loans o ON x.source = 'loan' AND o.id = x.source_id
     LEFT JOIN books b ON b.id = o.book_id
     WHERE x.client_id IN (SELECT value FROM json_each(?))
     ORDER BY x.date DESC, x.source, x.source_id DESC`,
  ).all(ids) as {
    source: TimelineEntry['source'];
    source_id: string;
    type: string;
    date: string;
    town: string;
    note: string;
    is_confidential: number;
    minutes: number | null;
    computer: string;
    worker_name: string | null;
    course_title: string;
    partner_id: string | null;
    partner_name: string | null;
    partner_kind: string | null;
    event_id: string | null;
    event_topic: string | null;
    event_kind: string | null;
  }[];
  return rows.map((row) => ({
    date: row.date,
    type: row.type,
    source: row.source,
    sourceId: row.source_id,
    title: row.course_title || row.type,
    town: row.town,
    // Confidential notes stay out of lists; the act itself shows them to whoever may read them.
    note: row.is_confidential ? '' : row.note,
    isConfidential: row.is_confidential === 1,
    minutes: row.minutes,
    computer: row.computer,
    workerName: row.worker_name,
    // A partner or event not (yet) here — synced later — still shows that there was one.
    referral:
      row.partner_id === null
        ? null
        : {
            partnerId: row.partner_id,
            name: row.partner_name ?? '',
            kind: row.partner_kind ?? 'other',
          },
    event:
      row.event_id === null
        ? null
        : { id: row.event_id, topic: row.event_topic ?? '', kind: row.event_kind ?? 'other' },
  }));
}
