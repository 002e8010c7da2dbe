import { todayIso } from '../contract/dates.ts';
import { writeRow } from '../changes/write-row.ts';
import { runWrite } from '../changes/write-transaction.ts';
import { PristavError } from '../errors.ts';
import { newId } from '../ids.ts';
import { getThisSite } from '../site/site-queries.ts';
import { prepared, type Store } from '../store.ts';
import { findServiceType } from './service-catalogue.ts';

/** Walk-ins who are not registered (internet corner, library browsing), counted per entry. */
export function addTally(
  store: Store,
  author: string | null,
  input: { type: string; date?: string | undefined; town?: string | undefined; count: number },
): { type: string; date: string; town: string; count: number } {
  return runWrite(store, author, (w) => {
    const type = findServiceType(store, input.type);
    if (!type || type.isArchived || type.isCourseType) {
      throw new PristavError('INVALID_SERVICE_TYPE', { type: input.type, reason: '—' });
    }
    const date = input.date ?? todayIso(new Date(store.now()));
    if (date > todayIso(new Date(store.now()))) throw new PristavError('DATE_IN_FUTURE', { date });
    const town = input.town || getThisSite(store)!.town;
    writeRow(w, 'anonymous_tallies', newId(), { date, type: input.type, town, count: input.count });
    return { type: input.type, date, town, count: tallyTotal(store, date, input.type, town) };
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
