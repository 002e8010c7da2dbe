import type { Store } from '../store.ts';

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
 * The acts of the period, each with the person it counts for: merged records count as their
 * survivor (SYNC.md), removed clients not at all. Materialised once per report in a TEMP table
 * so every figure reads the same set.
 */
const collectActs = `CREATE TEMP TABLE report_acts AS
  WITH RECURSIVE chain(id, survivor) AS (
    SELECT id, id FROM clients WHERE merged_into IS NULL
    UNION ALL
    SELECT c.id, chain.survivor FROM clients c JOIN chain ON c.merged_into = chain.id
  )
  SELECT x.source, x.source_id, x.type, x.date, x.town, p.id AS person, p.nationality
  FROM all_acts x
  JOIN chain ON chain.id = x.client_id
  JOIN clients p ON p.id = chain.survivor AND p.deleted = 0
  WHERE x.date BETWEEN @from AND @to AND (@town IS NULL OR x.town = @town)`;

/** Courses with a held (not cancelled) lesson in the period; participants attended one. */
const collectCourses = `CREATE TEMP TABLE report_courses AS
  SELECT c.id, c.kind, c.town FROM courses c
  WHERE c.deleted = 0 AND (@town IS NULL OR c.town = @town) AND EXISTS (
    SELECT 1 FROM lessons l WHERE l.course_id = c.id AND l.deleted = 0 AND l.is_cancelled = 0
      AND l.date BETWEEN @from AND @to)`;

/**
 * The period's acts that are attendance at a lesson of a running course, with the course's kind
 * and town: course participants are counted (and drilled into) from these.
 */
export const courseAttendanceActs = `SELECT a.*, k.kind, k.town AS course_town FROM report_acts a
  JOIN attendance t ON a.source = 'lesson' AND t.id = a.source_id
  JOIN lessons l ON l.id = t.lesson_id
  JOIN report_courses k ON k.id = l.course_id`;

/**
 * Runs `read` in one read transaction with `temp.report_acts` (source, source_id, type, date,
 * town, person, nationality) and `temp.report_courses` (id, kind, town) filled for the period,
 * and drops them afterwards: the report, its drill-downs and its comparison share one act set.
 */
export function withPeriodActs<T>(store: Store, params: PeriodParams, read: () => T): T {
  const db = store.sqlite;
  return db.transaction(() => {
    db.exec('DROP TABLE IF EXISTS temp.report_acts; DROP TABLE IF EXISTS temp.report_courses');
    db.prepare(collectActs).run(params);
    db.prepare(collectCourses).run(params);
    try {
      return read();
    } finally {
      db.exec('DROP TABLE temp.report_acts; DROP TABLE temp.report_courses');
    }
  })();
}
