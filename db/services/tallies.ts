import { sql } from 'kysely';
import type { ServiceTypeRefusal } from '../contract/error-params.ts';
import { eventServiceType } from '../contract/events.ts';
import { runWrite, writeRow } from '../changes/index.ts';
import { PristavError } from '../errors.ts';
import { newId } from '../ids.ts';
import { getThisSite } from '../site/site-queries.ts';
import { selectFirst } from '../query.ts';
import { type Store, storeToday } from '../store.ts';
import { findServiceType } from './service-catalogue.ts';

interface TallyTotal {
  type: string;
  date: string;
  town: string;
  count: number;
}

function resolveTallyPlace(
  store: Store,
  input: { type: string; date?: string | undefined; town?: string | undefined },
) {
  const type = findServiceType(store, input.type);
  // The reason is a code: the API words it (contract/error-params.ts).
  const refuse = (reason: ServiceTypeRefusal) =>
    new PristavError('INVALID_SERVICE_TYPE', { type: input.type, reason });
  if (!type) throw refuse('notInCatalogue');
  if (type.isArchived) throw refuse('archived');
  if (type.isCourseType) throw refuse('courseTally');
  if (type.code === eventServiceType) throw refuse('eventTally');
  const today = storeToday(store);
  const date = input.date ?? today;
  if (date > today) throw new PristavError('DATE_IN_FUTURE', { date });
  return { type: input.type, date, town: input.town || getThisSite(store)!.town };
}

/** Walk-ins who are not registered (internet corner, library browsing), counted per entry. */
export function addTally(
  store: Store,
  author: string | null,
  input: { type: string; date?: string | undefined; town?: string | undefined; count: number },
): TallyTotal {
  return runWrite(store, author, (w) => {
    const place = resolveTallyPlace(store, input);
    writeRow(w, 'anonymous_tallies', newId(), { ...place, count: input.count });
    return { ...place, count: tallyTotal(store, place.date, place.type, place.town) };
  });
}

/** Takes back the latest entry of the day, type and town: a mistaken "+1" at the desk. */
export function undoTally(
  store: Store,
  author: string | null,
  input: { type: string; date?: string | undefined; town?: string | undefined },
): TallyTotal {
  return runWrite(store, author, (w) => {
    const place = resolveTallyPlace(store, input);
    // The latest entry is the last one inserted: rowid order (ids of one millisecond may tie).
    const latest = selectFirst(
      store,
      store.db
        .selectFrom('anonymous_tallies')
        .select('id')
        .where('deleted', '=', 0)
        .where('date', '=', place.date)
        .where('type', '=', place.type)
        .where('town', '=', place.town)
        .orderBy(sql`rowid`, 'desc')
        .limit(1),
    );
    if (!latest) throw new PristavError('NOT_FOUND', { what: `${place.type} ${place.date}` });
    writeRow(w, 'anonymous_tallies', latest.id, { deleted: true });
    return { ...place, count: tallyTotal(store, place.date, place.type, place.town) };
  });
}

export function tallyTotal(store: Store, date: string, type: string, town: string): number {
  const total = selectFirst(
    store,
    store.db
      .selectFrom('anonymous_tallies')
      .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('count'), eb.lit(0)).as('n'))
      .where('deleted', '=', 0)
      .where('date', '=', date)
      .where('type', '=', type)
      .where('town', '=', town),
  );
  return total!.n;
}
