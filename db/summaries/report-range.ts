import type { ReportRange } from '../contract/report-drilldown.ts';
import type { Store } from '../store.ts';

/**
 * The first (or last) day of each kind of act. Each source is read on its own date index rather
 * than through the all_acts view, whose UNION ALL would be scanned whole for one minimum. A
 * date that is not one (an empty or malformed value from an old register) is no day of service.
 */
const dated = (column: string) => `${column} BETWEEN '0001-01-01' AND '9999-12-31'`;
const edgeDates = (
  order: 'ASC' | 'DESC',
) => `SELECT ${order === 'ASC' ? 'min' : 'max'}(date) AS date FROM (
  SELECT * FROM (SELECT date FROM service_acts WHERE deleted = 0 AND ${dated('date')}
    ORDER BY date ${order} LIMIT 1)
  UNION ALL
  SELECT * FROM (SELECT l.date FROM lessons l
    WHERE l.deleted = 0 AND l.is_cancelled = 0 AND ${dated('l.date')}
      AND EXISTS (SELECT 1 FROM attendance t
        WHERE t.lesson_id = l.id AND t.deleted = 0 AND t.is_present = 1)
      AND EXISTS (SELECT 1 FROM courses c WHERE c.id = l.course_id AND c.deleted = 0)
    ORDER BY l.date ${order} LIMIT 1)
  UNION ALL
  SELECT * FROM (SELECT loaned_on FROM loans WHERE deleted = 0 AND ${dated('loaned_on')}
    ORDER BY loaned_on ${order} LIMIT 1)
  UNION ALL
  SELECT * FROM (SELECT date FROM anonymous_tallies WHERE deleted = 0 AND ${dated('date')}
    ORDER BY date ${order} LIMIT 1)
)`;

const towns = `SELECT town FROM service_acts WHERE deleted = 0
  UNION SELECT town FROM courses WHERE deleted = 0
  UNION SELECT town FROM loans WHERE deleted = 0
  UNION SELECT town FROM anonymous_tallies WHERE deleted = 0`;

/** The first and last day with an act (null when there is none), in one read transaction. */
export function getActDays(store: Store): { firstDate: string | null; lastDate: string | null } {
  const db = store.sqlite;
  return db.transaction(() => {
    const day = (order: 'ASC' | 'DESC') =>
      (db.prepare(edgeDates(order)).get() as { date: string | null }).date;
    return { firstDate: day('ASC'), lastDate: day('DESC') };
  })();
}

/** The days the database's acts span and the towns they took place in, for the report screen. */
export function getReportRange(store: Store): ReportRange {
  const db = store.sqlite;
  return db.transaction(() => {
    const names = db.prepare(towns).pluck().all() as string[];
    const collator = new Intl.Collator('cs');
    return {
      ...getActDays(store),
      towns: names.filter((town) => town !== '').sort(collator.compare),
    };
  })();
}
