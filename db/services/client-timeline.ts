import type { TimelineEntry } from '../contract/services.ts';
import { listMergedIds, resolveClientId } from '../clients/client-resolution.ts';
import { selectAll } from '../query.ts';
import type { Store } from '../store.ts';

/**
 * Everything a person received, newest first, under the surviving record: every act of the
 * all_acts view (acts, attended lessons, library loans) recorded for them or any record merged into theirs.
 */
export function getClientTimeline(store: Store, clientId: string): TimelineEntry[] {
  const survivor = resolveClientId(store, clientId);
  const ids = [survivor, ...listMergedIds(store, survivor)];
  const rows = selectAll(
    store,
    store.db
      .selectFrom('all_acts as x')
      .leftJoin('service_acts as a', (join) =>
        join.on('x.source', '=', 'act').onRef('a.id', '=', 'x.source_id'),
      )
      .leftJoin('users as u', 'u.id', 'a.worker_id')
      .leftJoin('partners as pt', 'pt.id', 'a.partner_id')
      .leftJoin('events as ev', 'ev.id', 'a.event_id')
      .leftJoin('attendance as t', (join) =>
        join.on('x.source', '=', 'lesson').onRef('t.id', '=', 'x.source_id'),
      )
      .leftJoin('lessons as l', 'l.id', 't.lesson_id')
      .leftJoin('courses as c', 'c.id', 'l.course_id')
      .leftJoin('loans as o', (join) =>
        join.on('x.source', '=', 'loan').onRef('o.id', '=', 'x.source_id'),
      )
      .leftJoin('books as b', 'b.id', 'o.book_id')
      .select(['x.source', 'x.source_id', 'x.type', 'x.date', 'x.town'])
      .select((eb) => [
        eb.fn.coalesce('a.note', eb.val('')).as('note'),
        eb.fn.coalesce('a.is_confidential', eb.val(0)).as('is_confidential'),
        'a.minutes',
        eb.fn.coalesce('a.computer', eb.val('')).as('computer'),
        'u.name as worker_name',
        eb.fn.coalesce('c.title', 'b.title', eb.val('')).as('course_title'),
        'a.partner_id',
        'pt.name as partner_name',
        'pt.kind as partner_kind',
        'a.event_id',
        'ev.topic as event_topic',
        'ev.kind as event_kind',
      ])
      .where('x.client_id', 'in', ids)
      .orderBy('x.date', 'desc')
      .orderBy('x.source')
      .orderBy('x.source_id', 'desc'),
  );
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
