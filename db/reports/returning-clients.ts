import type { Store } from '../store.ts';
import { readActGroups, withMergedPeople } from '../summaries/period-acts.ts';
import { PersonSet } from './person-set.ts';
import { summariesAreFresh } from '../summaries/refresh-summaries.ts';
import { forEachPersonIn } from '../summaries/summary-blob.ts';

// raw SQL: the report over a period reads each earlier month's people here; Kysely would add ~4.6 µs a call (bench query-builder)

const pad = (value: number) => String(value).padStart(2, '0');

/** The day before an ISO date, or null before the first day there can be. */
export function dayBefore(iso: string): string | null {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  if (day > 1) return `${iso.slice(0, 8)}${pad(day - 1)}`;
  if (month > 1) {
    const last = new Date(Date.UTC(2000, month - 1, 0)).getUTCDate();
    // February of the year itself: 2000 above is a leap year.
    const days = month - 1 === 2 && !isLeapYear(year) ? 28 : last;
    return `${iso.slice(0, 5)}${pad(month - 1)}-${pad(days)}`;
  }
  return year > 0 ? `${String(year - 1).padStart(4, '0')}-12-31` : null;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Whether person `p` (a clients row: a survivor) has an act before `@from`, their merged
 * records' included — the all_acts view's rules, read per person through the indexes by client
 * (a year's served people probe a few indexes each, where a scan would read every earlier act).
 * Needs temp.report_merged.
 */
const records = `(SELECT p.id UNION ALL SELECT m.id FROM temp.report_merged m WHERE m.survivor = p.id)`;
const hasEarlierAct = `EXISTS (SELECT 1 FROM service_acts a WHERE a.client_id IN ${records}
      AND a.deleted = 0 AND a.date BETWEEN '0000-01-01' AND @before)
    OR EXISTS (SELECT 1 FROM loans o WHERE o.client_id IN ${records}
      AND o.deleted = 0 AND o.loaned_on BETWEEN '0000-01-01' AND @before)
    OR EXISTS (SELECT 1 FROM attendance t JOIN lessons l ON l.id = t.lesson_id
      JOIN courses c ON c.id = l.course_id
      WHERE t.client_id IN ${records} AND t.deleted = 0 AND t.is_present = 1
        AND l.deleted = 0 AND l.is_cancelled = 0 AND c.deleted = 0
        AND l.date BETWEEN '0000-01-01' AND @before)`;
const earlierAmong = `SELECT p.rowid FROM clients p
  WHERE p.rowid IN (SELECT value FROM json_each(@people)) AND (${hasEarlierAct})`;

/**
 * The people (client rowids, as the report counts them) with an act before `from`, in any town:
 * a served client among them is returning, the others are new — their first act ever falls in
 * the period. Whole months come from the per-client yearly summaries when they are fresh, the
 * days of `from`'s month before it from the acts. With `fromActs` (or stale summaries) the acts
 * alone answer: for the people `among` (the period's served) each is looked up, else every
 * earlier act is read.
 */
export function findEarlierPeople(
  store: Store,
  from: string,
  options: { fromActs?: boolean } = {},
  among?: readonly number[],
): PersonSet {
  const people = new PersonSet();
  const before = dayBefore(from);
  if (before === null) return people;
  const add = (from: string, to: string) => {
    for (const group of readActGroups(store, { from, to, town: null })) people.add(group.person);
  };
  if (options.fromActs === true || !summariesAreFresh(store)) {
    if (among === undefined) {
      add('0000-01-01', before);
      return people;
    }
    const found = withMergedPeople(
      store,
      () =>
        store.sqlite
          .prepare(earlierAmong)
          .pluck()
          .all({ people: JSON.stringify(among), before }) as number[],
    );
    for (const person of found) people.add(person);
    return people;
  }
  const year = Number(from.slice(0, 4));
  const month = Number(from.slice(5, 7));
  const read = store.sqlite.prepare(
    'SELECT year, clients FROM report_summary_blocks WHERE year <= ?',
  );
  for (const row of read.iterate(year) as Iterable<{ year: number; clients: Uint8Array }>) {
    // Every month of an earlier year; the months of this year before `from`'s month.
    const mask = row.year < year ? 0xfff : (1 << (month - 1)) - 1;
    if (mask !== 0) forEachPersonIn(row.clients, mask, (person) => people.add(person));
  }
  if (from.slice(8, 10) !== '01') add(`${from.slice(0, 8)}01`, before);
  return people;
}
