import type { PeriodReport } from '../contract/reports.ts';
import type { Store } from '../store.ts';
import { readActGroups, runningCourses, toPeriodParams } from './period-acts.ts';

/** People (distinct) and acts per key: a figure's rows, counted in one pass. */
class Tally {
  readonly people = new Map<string, Set<number>>();
  readonly acts = new Map<string, number>();

  add(key: string, person: number, acts: number) {
    let people = this.people.get(key);
    if (!people) {
      people = new Set();
      this.people.set(key, people);
    }
    people.add(person);
    this.acts.set(key, (this.acts.get(key) ?? 0) + acts);
  }

  clients(key: string): number {
    return this.people.get(key)?.size ?? 0;
  }
}

/** By the first number descending, then by name as SQLite orders text (code points). */
function sortRows<T>(rows: T[], count: (row: T) => number, name: (row: T) => string): T[] {
  return rows.sort(
    (a, b) => count(b) - count(a) || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0),
  );
}

const anonymousTallies = `SELECT type, sum(count) AS acts FROM anonymous_tallies
  WHERE deleted = 0 AND date BETWEEN @from AND @to AND (@town IS NULL OR town = @town)
  GROUP BY type ORDER BY acts DESC, type`;

/**
 * The period report of INTERFACES.md: every list complete, sorted by its first number. Counted
 * from the period's acts grouped by client, type, town and course kind (readActGroups): six
 * distinct counts of people in one pass here, where SQL would sort the acts once for each.
 */
export function buildPeriodReport(
  store: Store,
  input: { from: string; to: string; town?: string | undefined },
): PeriodReport {
  const params = toPeriodParams(input);
  const db = store.sqlite;
  return db.transaction(() => {
    const people = new Set<number>();
    const countries = new Set<string>();
    const [byNationality, byType, byTown, byKind, participantsByTown] = Array.from(
      { length: 5 },
      () => new Tally(),
    ) as [Tally, Tally, Tally, Tally, Tally];
    let acts = 0;
    for (const group of readActGroups(store, params)) {
      people.add(group.person);
      countries.add(group.nationality);
      acts += group.acts;
      byNationality.add(group.nationality, group.person, group.acts);
      byType.add(group.type, group.person, group.acts);
      byTown.add(group.town, group.person, group.acts);
      if (group.kind !== null) {
        byKind.add(group.kind, group.person, group.acts);
        participantsByTown.add(group.town, group.person, group.acts);
      }
    }
    const courses = db.prepare(runningCourses).all(params) as { kind: string; town: string }[];
    const coursesOf = (key: 'kind' | 'town', value: string) =>
      courses.filter((course) => course[key] === value).length;
    const towns = new Set([...byTown.people.keys(), ...courses.map((course) => course.town)]);
    const clients = people.size;
    return {
      period: { from: input.from, to: input.to },
      town: input.town ?? null,
      clients,
      countries: countries.size,
      acts,
      actsPerClient: clients === 0 ? 0 : Math.round((acts / clients) * 100) / 100,
      byNationality: sortRows(
        [...byNationality.people.keys()].map((country) => ({
          country,
          clients: byNationality.clients(country),
        })),
        (row) => row.clients,
        (row) => row.country,
      ),
      byServiceType: sortRows(
        [...byType.people.keys()].map((type) => ({
          type,
          clients: byType.clients(type),
          acts: byType.acts.get(type)!,
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
          acts: byTown.acts.get(town) ?? 0,
          courses: coursesOf('town', town),
          participants: participantsByTown.clients(town),
        })),
        (row) => row.clients,
        (row) => row.town,
      ),
      anonymous: db.prepare(anonymousTallies).all(params) as PeriodReport['anonymous'],
    };
  })();
}
