import type {
  DrilldownAct,
  DrilldownClient,
  DrilldownFilter,
  ReportDrilldown,
} from '../contract/report-drilldown.ts';
import type { Store } from '../store.ts';
import {
  drilldownConditions,
  drilldownJoins,
  drilldownParams,
  withEarlierPeople,
} from './drilldown-filters.ts';
import { courseAttendanceActs, toPeriodParams, withPeriodActs } from '../summaries/period-acts.ts';

interface DrilldownQuery {
  from: string;
  to: string;
  town?: string | undefined;
  show: 'clients' | 'acts';
  filter: DrilldownFilter;
  offset: number;
  limit: number;
}

/**
 * The acts under a filter, read from the period's acts (`temp.report_acts`) exactly as the
 * report counts them: course filters go through the same attendance join as its participants,
 * and the person's sex, age and residence status through the same SQL as the report's figures.
 */
function filteredActs(filter: DrilldownFilter): string {
  const isCourse = filter.courseKind !== undefined || filter.isCourseAttendance === true;
  const from = isCourse ? `(${courseAttendanceActs})` : 'report_acts';
  return `SELECT a.source, a.source_id, a.person, a.type, a.date, a.town FROM ${from} a
    ${drilldownJoins(filter)}
    WHERE ${drilldownConditions(filter).join(' AND ')}`;
}

const clientName = `CASE WHEN p.is_pseudonymous = 1 THEN p.nickname
  ELSE trim(p.family_name || ' ' || p.given_names) END`;

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

/** The clients (in Czech alphabetical order) or the acts (by date) behind a report figure. */
export function drillIntoReport(store: Store, input: DrilldownQuery): ReportDrilldown {
  const period = toPeriodParams(input);
  const { filter } = input;
  const params = { ...drilldownParams(period, filter), offset: input.offset, limit: input.limit };
  const acts = filteredActs(filter);
  const db = store.sqlite;
  return withEarlierPeople(store, period, filter, () =>
    withPeriodActs(store, period, () => {
      if (input.show === 'clients') {
        const { total } = db
          .prepare(`SELECT count(DISTINCT person) AS total FROM (${acts})`)
          .get(params) as { total: number };
        const rows = db
          .prepare(
            `SELECT p.id, p.family_name, p.given_names, ${clientName} AS display_name,
             p.birth_date, p.nationality, x.acts
           FROM (SELECT person, count(*) AS acts FROM (${acts}) GROUP BY person) x
           JOIN clients p ON p.id = x.person
           JOIN client_keys k ON k.client_rowid = p.rowid
           ORDER BY k.sort_key, p.id LIMIT @limit OFFSET @offset`,
          )
          .all(params) as ClientRow[];
        return { show: 'clients', total, rows: rows.map(toDrilldownClient) };
      }
      const { total } = db.prepare(`SELECT count(*) AS total FROM (${acts})`).get(params) as {
        total: number;
      };
      const rows = db
        .prepare(
          `SELECT x.source, x.source_id, x.person, ${clientName} AS client_name, x.type, x.date,
           x.town, coalesce(c.title, b.title, ev.topic) AS detail
         FROM (${acts}) x
         JOIN clients p ON p.id = x.person
         JOIN client_keys k ON k.client_rowid = p.rowid
         LEFT JOIN attendance t ON x.source = 'lesson' AND t.id = x.source_id
         LEFT JOIN lessons l ON l.id = t.lesson_id
         LEFT JOIN courses c ON c.id = l.course_id
         LEFT JOIN loans o ON x.source = 'loan' AND o.id = x.source_id
         LEFT JOIN books b ON b.id = o.book_id
         LEFT JOIN service_acts sx ON x.source = 'act' AND sx.id = x.source_id
         LEFT JOIN events ev ON ev.id = sx.event_id
         ORDER BY x.date, k.sort_key, x.source, x.source_id LIMIT @limit OFFSET @offset`,
        )
        .all(params) as ActRow[];
      return { show: 'acts', total, rows: rows.map(toDrilldownAct) };
    }),
  );
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
