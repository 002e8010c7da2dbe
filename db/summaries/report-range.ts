import { sql } from 'kysely';
import type { ReportRange } from '../contract/report-drilldown.ts';
import { selectAll, selectFirst } from '../query.ts';
import type { Store } from '../store.ts';

// Bounds of a date that is one: an empty or malformed value from an old register is not.
const firstDay = '0001-01-01';
const lastDay = '9999-12-31';

/** The tables whose rows are acts on the day of one column, besides the lessons. */
const datedTables = [
  ['service_acts', 'date'],
  ['loans', 'loaned_on'],
  ['anonymous_tallies', 'date'],
] as const;

/** The first (or last) real day in one table's date column, on that column's index. */
function tableEdge(
  store: Store,
  [table, column]: (typeof datedTables)[number],
  order: 'asc' | 'desc',
): string | undefined {
  const day = sql.ref<string>(column);
  return selectFirst(
    store,
    store.db
      .selectFrom(table)
      .select(day.as('day'))
      .where('deleted', '=', 0)
      .where(day, '>=', firstDay)
      .where(day, '<=', lastDay)
      .orderBy(day, order)
      .limit(1),
  )?.day;
}

/** The first (or last) day of a held lesson that someone attended, of a course not deleted. */
function lessonEdge(store: Store, order: 'asc' | 'desc'): string | undefined {
  return selectFirst(
    store,
    store.db
      .selectFrom('lessons as l')
      .select('l.date')
      .where('l.deleted', '=', 0)
      .where('l.is_cancelled', '=', 0)
      .where('l.date', '>=', firstDay)
      .where('l.date', '<=', lastDay)
      .where(({ exists, selectFrom }) =>
        exists(
          selectFrom('attendance as t')
            .select('t.id')
            .whereRef('t.lesson_id', '=', 'l.id')
            .where('t.deleted', '=', 0)
            .where('t.is_present', '=', 1),
        ),
      )
      .where(({ exists, selectFrom }) =>
        exists(
          selectFrom('courses as c')
            .select('c.id')
            .whereRef('c.id', '=', 'l.course_id')
            .where('c.deleted', '=', 0),
        ),
      )
      .orderBy('l.date', order)
      .limit(1),
  )?.date;
}

/**
 * The first (or last) day of each kind of act. Each source is read on its own date index rather
 * than through the all_acts view, whose UNION ALL would be scanned whole for one minimum. A
 * date that is not one (an empty or malformed value from an old register) is no day of service.
 */
function edgeDate(store: Store, order: 'asc' | 'desc'): string | null {
  const edges = [
    lessonEdge(store, order),
    ...datedTables.map((source) => tableEdge(store, source, order)),
  ].filter((date) => date !== undefined);
  if (edges.length === 0) return null;
  // The dates are ASCII, so JavaScript orders them as SQLite's binary collation does.
  edges.sort();
  return order === 'asc' ? edges[0]! : edges.at(-1)!;
}

/** The first and last day with an act (null when there is none), in one read transaction. */
export function getActDays(store: Store): { firstDate: string | null; lastDate: string | null } {
  return store.sqlite.transaction(() => ({
    firstDate: edgeDate(store, 'asc'),
    lastDate: edgeDate(store, 'desc'),
  }))();
}

/** The days the database's acts span and the towns they took place in, for the report screen. */
export function getReportRange(store: Store): ReportRange {
  const { db } = store;
  return store.sqlite.transaction(() => {
    const rows = selectAll(
      store,
      db
        .selectFrom('service_acts')
        .select('town')
        .where('deleted', '=', 0)
        .union(db.selectFrom('courses').select('town').where('deleted', '=', 0))
        .union(db.selectFrom('loans').select('town').where('deleted', '=', 0))
        .union(db.selectFrom('anonymous_tallies').select('town').where('deleted', '=', 0)),
    );
    const collator = new Intl.Collator('cs');
    return {
      ...getActDays(store),
      towns: rows
        .map((row) => row.town)
        .filter((town) => town !== '')
        .sort(collator.compare),
    };
  })();
}
