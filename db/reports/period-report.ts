import type { PeriodReport } from '../contract/reports.ts';
import type { Store } from '../store.ts';
import { courseAttendanceActs, toPeriodParams, withPeriodActs } from './period-acts.ts';

/** The period report of INTERFACES.md: every list complete, sorted by its first number. */
export function buildPeriodReport(
  store: Store,
  input: { from: string; to: string; town?: string | undefined },
): PeriodReport {
  const params = toPeriodParams(input);
  const db = store.sqlite;
  const all = <T>(sql: string) => db.prepare(sql).all(params) as T[];
  const get = <T>(sql: string) => db.prepare(sql).get(params) as T;
  return withPeriodActs(store, params, () => {
    const totals = get<{ clients: number; countries: number; acts: number }>(
      `SELECT count(DISTINCT person) AS clients, count(DISTINCT nationality) AS countries,
         count(*) AS acts FROM report_acts`,
    );
    const report: PeriodReport = {
      period: { from: input.from, to: input.to },
      town: input.town ?? null,
      ...totals,
      actsPerClient:
        totals.clients === 0 ? 0 : Math.round((totals.acts / totals.clients) * 100) / 100,
      byNationality: all(
        `SELECT nationality AS country, count(DISTINCT person) AS clients FROM report_acts
         GROUP BY nationality ORDER BY clients DESC, country`,
      ),
      byServiceType: all(
        `SELECT type, count(DISTINCT person) AS clients, count(*) AS acts FROM report_acts
         GROUP BY type ORDER BY clients DESC, type`,
      ),
      courses: all(
        `SELECT k.kind, count(DISTINCT k.id) AS courses,
           (SELECT count(DISTINCT p.person) FROM (${courseAttendanceActs}) p WHERE p.kind = k.kind) AS participants
         FROM report_courses k GROUP BY k.kind ORDER BY courses DESC, k.kind`,
      ),
      byTown: all(
        `WITH towns AS (SELECT town FROM report_acts UNION SELECT town FROM report_courses)
         SELECT t.town,
           (SELECT count(DISTINCT person) FROM report_acts a WHERE a.town = t.town) AS clients,
           (SELECT count(*) FROM report_acts a WHERE a.town = t.town) AS acts,
           (SELECT count(*) FROM report_courses k WHERE k.town = t.town) AS courses,
           (SELECT count(DISTINCT p.person) FROM (${courseAttendanceActs}) p WHERE p.course_town = t.town) AS participants
         FROM towns t ORDER BY clients DESC, t.town`,
      ),
      anonymous: all(
        `SELECT type, sum(count) AS acts FROM anonymous_tallies
         WHERE deleted = 0 AND date BETWEEN @from AND @to AND (@town IS NULL OR town = @town)
         GROUP BY type ORDER BY acts DESC, type`,
      ),
    };
    return report;
  });
}
