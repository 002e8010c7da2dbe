import type { PeriodReport } from '../contract/reports.ts';
import { selectAll } from '../query.ts';
import type { Store } from '../store.ts';
import { countFunderFigures } from './funder-figures.ts';
import { type PeriodParams, runningCourses, toPeriodParams } from '../summaries/period-acts.ts';
import { forEachPeriodGroup } from '../summaries/period-groups.ts';
import { PeriodTally } from './period-tally.ts';
import { withFreshSummaries } from '../summaries/refresh-summaries.ts';

/** By the first number descending, then by name as SQLite orders text (code points). */
function sortRows<T>(rows: T[], count: (row: T) => number, name: (row: T) => string): T[] {
  return rows.sort(
    (a, b) => count(b) - count(a) || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0),
  );
}

function readAnonymousTallies(store: Store, params: PeriodParams): PeriodReport['anonymous'] {
  return selectAll(
    store,
    store.db
      .selectFrom('anonymous_tallies')
      .select((eb) => ['type', eb.fn.sum<number>('count').as('acts')])
      .where('deleted', '=', 0)
      .where('date', '>=', params.from)
      .where('date', '<=', params.to)
      .$if(params.town !== null, (query) => query.where('town', '=', params.town!))
      .groupBy('type')
      .orderBy('acts', 'desc')
      .orderBy('type'),
  );
}

/**
 * The period report of INTERFACES.md: every list complete, sorted by its first number. Counted
 * from the period's act groups (forEachPeriodGroup): whole months from the per-client yearly
 * summaries, brought up to date first, and the days at the ends from the acts. `fromActs`
 * counts every day from the acts — the yardstick the summaries are tested against. Only the
 * funder's clients (third-country nationals) are counted; the others are set apart
 * (otherClients, funder-scope.ts).
 */
export function buildPeriodReport(
  store: Store,
  input: { from: string; to: string; town?: string | undefined },
  options: { fromActs?: boolean } = {},
): PeriodReport {
  const params = toPeriodParams(input);
  const db = store.sqlite;
  return withFreshSummaries(store, () => {
    const tally = new PeriodTally();
    forEachPeriodGroup(store, params, (group) => tally.add(group), options);
    const { people, countries, acts, byNationality, byType, byTown, byKind, participantsByTown } =
      tally;
    // raw SQL: the one text of the running courses, with the period's temp tables (period-acts.ts); Kysely would add ~4.6 µs (bench query-builder)
    const courses = db.prepare(runningCourses).all(params) as { kind: string; town: string }[];
    const coursesOf = (key: 'kind' | 'town', value: string) =>
      courses.filter((course) => course[key] === value).length;
    const towns = new Set([...byTown.keys(), ...courses.map((course) => course.town)]);
    const clients = people.size;
    return {
      period: { from: input.from, to: input.to },
      town: input.town ?? null,
      clients,
      countries: countries.size,
      acts,
      actsPerClient: clients === 0 ? 0 : Math.round((acts / clients) * 100) / 100,
      byNationality: sortRows(
        byNationality.keys().map((country) => ({
          country,
          clients: byNationality.clients(country),
        })),
        (row) => row.clients,
        (row) => row.country,
      ),
      byServiceType: sortRows(
        byType.keys().map((type) => ({
          type,
          clients: byType.clients(type),
          acts: byType.actsOf(type),
        })),
        (row) => row.clients,
        (row) => row.type,
      ),
      courses: sortRows(
        [...new Set(courses.map((course) => course.kind))].map((kind) => ({
          kind,
          courses: coursesOf('kind', kind),
          participants: byKind.clients(kind),
        })),
        (row) => row.courses,
        (row) => row.kind,
      ),
      byTown: sortRows(
        [...towns].map((town) => ({
          town,
          clients: byTown.clients(town),
          acts: byTown.actsOf(town),
          courses: coursesOf('town', town),
          participants: participantsByTown.clients(town),
        })),
        (row) => row.clients,
        (row) => row.town,
      ),
      anonymous: readAnonymousTallies(store, params),
      ...countFunderFigures(store, params, tally, options),
    };
  });
}
