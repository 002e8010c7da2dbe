import type { Store } from '../store.ts';
import { otherNationalitiesSql } from './funder-scope.ts';

// raw SQL: every report over a period fills its temp tables here from all acts; Kysely would add ~4.6 µs a statement (bench query-builder)

/** The period (and optional town) every report figure, drill-down and comparison is counted for. */
export interface PeriodParams {
  from: string;
  to: string;
  town: string | null;
}

export function toPeriodParams(input: { from: string; to: string; town?: string | undefined }) {
  return { from: input.from, to: input.to, town: input.town ?? null } satisfies PeriodParams;
}

/**
 * Merged records and the survivor each counts as (SYNC.md): the end of its merged_into chain;
 * none (NULL) for a chain that ends in a cycle or a missing record, whose acts count for no one.
 * Only merged records are followed — they are few — so every other act counts for its own client
 * without a walk over the whole register.
 */
export const collectMerged = `CREATE TEMP TABLE report_merged (id TEXT PRIMARY KEY, survivor TEXT) WITHOUT ROWID;
  INSERT INTO report_merged
  WITH RECURSIVE chain(id, survivor) AS (
    SELECT id, id FROM clients WHERE merged_into IS NULL
      AND id IN (SELECT merged_into FROM clients WHERE merged_into IS NOT NULL)
    UNION ALL
    SELECT c.id, chain.survivor FROM clients c JOIN chain ON c.merged_into = chain.id
  )
  SELECT c.id, chain.survivor FROM clients c LEFT JOIN chain ON chain.id = c.id
  WHERE c.merged_into IS NOT NULL`;

/** The acts of the period from the all_acts view (FIGURES.md), as `x`. */
const periodActs = `all_acts x
  WHERE x.date BETWEEN @from AND @to AND (@town IS NULL OR x.town = @town)`;

/**
 * Joins `p`, the client an act of `clientId` counts for: a merged record's survivor, and no one
 * for a removed client (p.deleted) or a broken chain. Needs `temp.report_merged`.
 */
export const countedPerson = (
  clientId: string,
) => `LEFT JOIN temp.report_merged m ON m.id = ${clientId}
  JOIN clients p ON p.id = iif(m.id IS NULL, ${clientId}, m.survivor) AND p.deleted = 0`;

/**
 * The acts of the period, each with the person it counts for, for an attended lesson the
 * course's kind, and whether the person is an EU/EEA/Swiss or Czech citizen (`is_other`: not
 * the funder's client, see funder-scope.ts). Materialised once per report in a TEMP table so
 * every figure reads the same set.
 */
const collectActs = `CREATE TEMP TABLE report_acts AS
  SELECT x.source, x.source_id, x.type, x.date, x.town, p.id AS person, p.nationality,
    x.course_kind AS kind, p.nationality IN (${otherNationalitiesSql}) AS is_other
  FROM (SELECT * FROM ${periodActs}) x ${countedPerson('x.client_id')}`;

/**
 * The same acts grouped by client, type, town and course kind before the person is looked up:
 * one row per group (a third of the acts), with the person as the client's integer rowid.
 * What the report's figures are counted from (buildPeriodReport).
 */
const actGroups = `SELECT p.rowid AS person, p.nationality, g.type, g.town, g.kind, g.acts
  FROM (SELECT x.client_id, x.type, x.town, x.course_kind AS kind, count(*) AS acts
    FROM ${periodActs}
    GROUP BY x.client_id, x.type, x.town, x.course_kind) g
  ${countedPerson('g.client_id')}`;

export interface ActGroup {
  person: number;
  nationality: string;
  type: string;
  town: string;
  /** The course kind of attended lessons; null for other acts. */
  kind: string | null;
  acts: number;
}

/** Kysely's view of `temp.report_acts` (collectActs), for `store.db.withTables<PeriodActTables>()`. */
// A type, not an interface: withTables() needs an index signature.
export type PeriodActTables = {
  report_acts: {
    source: string;
    source_id: string;
    type: string;
    date: string;
    town: string;
    person: string;
    nationality: string;
    kind: string | null;
    is_other: number;
  };
};

/** Courses with a held (not cancelled) lesson in the period; participants attended one. */
export const runningCourses = `SELECT c.id, c.kind, c.town FROM courses c
  WHERE c.deleted = 0 AND (@town IS NULL OR c.town = @town) AND EXISTS (
    SELECT 1 FROM lessons l WHERE l.course_id = c.id AND l.deleted = 0 AND l.is_cancelled = 0
      AND l.date BETWEEN @from AND @to)`;
const collectCourses = `CREATE TEMP TABLE report_courses AS ${runningCourses}`;

/**
 * The period's acts that are attendance at a lesson of a running course, with the course's kind
 * and town: course participants are counted (and drilled into) from these. (A lesson act of the
 * period always belongs to a running course of the town asked for.)
 */
export const courseAttendanceActs = `SELECT a.*, a.town AS course_town FROM report_acts a
  WHERE a.kind IS NOT NULL`;

/** Runs `read` in one transaction with `temp.report_merged` filled (see countedPerson). */
export function withMergedPeople<T>(store: Store, read: () => T): T {
  const db = store.sqlite;
  return db.transaction(() => {
    db.exec('DROP TABLE IF EXISTS temp.report_merged');
    db.exec(collectMerged);
    try {
      return read();
    } finally {
      db.exec('DROP TABLE temp.report_merged');
    }
  })();
}

/** The period's acts in groups (see actGroups), read in one transaction. */
export function readActGroups(store: Store, params: PeriodParams): ActGroup[] {
  return withMergedPeople(store, () => store.sqlite.prepare(actGroups).all(params) as ActGroup[]);
}

/**
 * Runs `read` in one read transaction with `temp.report_acts` (source, source_id, type, date,
 * town, person, nationality, kind, is_other) and `temp.report_courses` (id, kind, town) filled for the
 * period, and drops them afterwards: the report, its drill-downs and its comparison share one
 * act set.
 */
export function withPeriodActs<T>(store: Store, params: PeriodParams, read: () => T): T {
  const db = store.sqlite;
  const tables = ['report_acts', 'report_courses', 'report_merged'];
  const drop = (ifExists: string) =>
    db.exec(tables.map((table) => `DROP TABLE ${ifExists} temp.${table};`).join(' '));
  return db.transaction(() => {
    drop('IF EXISTS');
    db.exec(collectMerged);
    db.prepare(collectActs).run(params);
    db.prepare(collectCourses).run(params);
    try {
      return read();
    } finally {
      drop('');
    }
  })();
}
