import { eventServiceType } from '../contract/events.ts';
import type { Language } from '../contract/language.ts';
import { runWrite, writeRow } from '../changes/index.ts';
import { PristavError } from '../errors.ts';
import { newId } from '../ids.ts';
import { getThisSite } from '../site/site-queries.ts';
import { prepared, type Store, storeToday } from '../store.ts';
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
  lang: Language,
) {
  const type = findServiceType(store, input.type);
  const refuse = (cs: string, en: string) =>
    new PristavError('INVALID_SERVICE_TYPE', { type: input.type, reason: lang === 'cs' ? cs : en });
  if (!type) throw refuse('taková služba v katalogu není', 'no such service in the catalogue');
  if (type.isArchived) throw refuse('služba je archivovaná', 'the service is archived');
  if (type.isCourseType) {
    throw refuse('kurzy mají jen zapsané účastníky', 'courses have enrolled participants only');
  }
  if (type.code === eventServiceType) {
    throw refuse(
      'účastníci akce se zapisují u akce (Akce)',
      'event participants are recorded with the event',
    );
  }
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
  lang: Language,
): TallyTotal {
  return runWrite(store, author, (w) => {
    const place = resolveTallyPlace(store, input, lang);
    writeRow(w, 'anonymous_tallies', newId(), { ...place, count: input.count });
    return { ...place, count: tallyTotal(store, place.date, place.type, place.town) };
  });
}

/** Takes back the latest entry of the day, type and town: a mistaken "+1" at the desk. */
export function undoTally(
  store: Store,
  author: string | null,
  input: { type: string; date?: string | undefined; town?: string | undefined },
  lang: Language,
): TallyTotal {
  return runWrite(store, author, (w) => {
    const place = resolveTallyPlace(store, input, lang);
    const latest = prepared(
      store,
      `SELECT id FROM anonymous_tallies WHERE deleted = 0 AND date = ? AND type = ? AND town = ?
       ORDER BY rowid DESC LIMIT 1`,
    ).get(place.date, place.type, place.town) as { id: string } | undefined;
    if (!latest) throw new PristavError('NOT_FOUND', { what: `${place.type} ${place.date}` });
    writeRow(w, 'anonymous_tallies', latest.id, { deleted: true });
    return { ...place, count: tallyTotal(store, place.date, place.type, place.town) };
  });
}

export function tallyTotal(store: Store, date: string, type: string, town: string): number {
  return (
    prepared(
      store,
      `SELECT coalesce(sum(count), 0) AS n FROM anonymous_tallies
       WHERE deleted = 0 AND date = ? AND type = ? AND town = ?`,
    ).get(date, type, town) as { n: number }
  ).n;
}
