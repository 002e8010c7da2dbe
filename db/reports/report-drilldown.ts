import type {
  DrilldownAct,
  DrilldownClient,
  DrilldownFilter,
  ReportDrilldown,
} from '../contract/report-drilldown.ts';
import { sql } from 'kysely';
import { selectAll, selectFirst } from '../query.ts';
import type { Store } from '../store.ts';
import {
  drilldownConditions,
  drilldownJoins,
  drilldownPeriod,
  withEarlierPeople,
} from './drilldown-filters.ts';
import {
  courseAttendanceActs,
  type PeriodParams,
  toPeriodParams,
  withPeriodActs,
} from '../summaries/period-acts.ts';

interface DrilldownQuery {
  from: string;
  to: string;
  town?: string | undefined;
  show: 'clients' | 'acts';
  filter: DrilldownFilter;
  offset: number;
  limit: number;
}

interface FilteredAct {
  source: DrilldownAct['source'];
  source_id: string;
  person: string;
  type: string;
  date: string;
  town: string;
}

/**
 * The acts under a filter, read from the period's acts (`temp.report_acts`) exactly as the
 * report counts them: course filters go through the same attendance join as its participants,
 * and the person's sex, age and residence status through the same SQL as the report's figures.
 */
function filteredActs(filter: DrilldownFilter) {
  const isCourse = filter.courseKind !== undefined || filter.isCourseAttendance === true;
  const from = sql.raw(isCourse ? `(${courseAttendanceActs})` : 'report_acts');
  return sql<FilteredAct>`(SELECT a.source, a.source_id, a.person, a.type, a.date, a.town
    FROM ${from} a ${drilldownJoins(filter)}
    WHERE ${sql.join(drilldownConditions(filter), sql` AND `)})`;
}

const clientName = sql<string>`CASE WHEN p.is_pseudonymous = 1 THEN p.nickname
  ELSE trim(p.family_name || ' ' || p.given_names) END`;

/** Kysely over the period's day (the conditions read it, see drilldownPeriod) and the acts. */
function drilldownDb(store: Store, period: PeriodParams) {
  return store.db.with(drilldownPeriod, (db) =>
    db.selectNoFrom(sql<string>`${period.from}`.as('day')),
  );
}

/** The clients (in Czech alphabetical order) or the acts (by date) behind a report figure. */
export function drillIntoReport(store: Store, input: DrilldownQuery): ReportDrilldown {
  const period = toPeriodParams(input);
  const { filter } = input;
  const acts = filteredActs(filter);
  const db = drilldownDb(store, period);
  return withEarlierPeople(store, period, filter, () =>
    withPeriodActs(store, period, () => {
      if (input.show === 'clients') {
        const total = selectFirst(
          store,
          db
            .selectFrom(acts.as('f'))
            .select((eb) => eb.fn.count<number>('f.person').distinct().as('total')),
        )!.total;
        const rows = selectAll(
          store,
          db
            .selectFrom(
              db
                .selectFrom(acts.as('f'))
                .select((eb) => ['f.person', eb.fn.countAll<number>().as('acts')])
                .groupBy('f.person')
                .as('x'),
            )
            .innerJoin('clients as p', 'p.id', 'x.person')
            .innerJoin('client_keys as k', (join) =>
              join.on('k.client_rowid', '=', sql<number>`p.rowid`),
            )
            .select([
              'p.id',
              'p.family_name',
              'p.given_names',
              clientName.as('display_name'),
              'p.birth_date',
              'p.nationality',
              'x.acts',
            ])
            .orderBy('k.sort_key')
            .orderBy('p.id')
            .limit(input.limit)
            .offset(input.offset),
        );
        return { show: 'clients', total, rows: rows.map(toDrilldownClient) };
      }
      const total = selectFirst(
        store,
        db.selectFrom(acts.as('f')).select((eb) => eb.fn.countAll<number>().as('total')),
      )!.total;
      const rows = selectAll(
        store,
        db
          .selectFrom(acts.as('x'))
          .innerJoin('clients as p', 'p.id', 'x.person')
          .innerJoin('client_keys as k', (join) =>
            join.on('k.client_rowid', '=', sql<number>`p.rowid`),
          )
          .leftJoin('attendance as t', (join) =>
            join.on('x.source', '=', 'lesson').onRef('t.id', '=', 'x.source_id'),
          )
          .leftJoin('lessons as l', 'l.id', 't.lesson_id')
          .leftJoin('courses as c', 'c.id', 'l.course_id')
          .leftJoin('loans as o', (join) =>
            join.on('x.source', '=', 'loan').onRef('o.id', '=', 'x.source_id'),
          )
          .leftJoin('books as b', 'b.id', 'o.book_id')
          .leftJoin('service_acts as sx', (join) =>
            join.on('x.source', '=', 'act').onRef('sx.id', '=', 'x.source_id'),
          )
          .leftJoin('events as ev', 'ev.id', 'sx.event_id')
          .select((eb) => [
            'x.source',
            'x.source_id',
            'x.person',
            clientName.as('client_name'),
            'x.type',
            'x.date',
            'x.town',
            eb.fn.coalesce('c.title', 'b.title', 'ev.topic').as('detail'),
          ])
          .orderBy('x.date')
          .orderBy('k.sort_key')
          .orderBy('x.source')
          .orderBy('x.source_id')
          .limit(input.limit)
          .offset(input.offset),
      );
      return { show: 'acts', total, rows: rows.map(toDrilldownAct) };
    }),
  );
}

interface ClientRow {
  id: string;
  family_name: string;
  given_names: string;
  display_name: string;
  birth_date: string | null;
  nationality: string;
  acts: number;
}

interface ActRow {
  source: DrilldownAct['source'];
  source_id: string;
  person: string;
  client_name: string;
  type: string;
  date: string;
  town: string;
  detail: string | null;
}

function toDrilldownClient(row: ClientRow): DrilldownClient {
  return {
    id: row.id,
    familyName: row.family_name,
    givenNames: row.given_names,
    displayName: row.display_name,
    birthDate: row.birth_date,
    nationality: row.nationality,
    acts: row.acts,
  };
}

function toDrilldownAct(row: ActRow): DrilldownAct {
  return {
    source: row.source,
    sourceId: row.source_id,
    clientId: row.person,
    clientName: row.client_name,
    type: row.type,
    date: row.date,
    town: row.town,
    detail: row.detail ?? '',
  };
}
