import { type Kysely, sql } from 'kysely';

/*
 * Issue 14.3: the service type of an attended lesson follows one rule, the contract's
 * serviceTypeOfCourseKind. This migration is frozen, so the rule is written out here as it stood
 * on 2026-12-05 (the same CASE as the earlier migrations' view); the live rule stays in the
 * contract, and test/db/courses/course-service-type.test.ts checks that the view gives every
 * kind its contract type — a change to the rule fails it until a new migration redefines the
 * view. A CASE costs the view nothing measurable, where a JS function per attended lesson made
 * a year's acts about half as slow again. Nothing stored changes.
 */
const serviceTypeCase =
  "CASE c.kind WHEN 'sociocultural' THEN 'sociocultural_course' WHEN 'pc' THEN 'pc_course' ELSE 'czech_course' END";

export async function up(db: Kysely<any>): Promise<void> {
  await sql`DROP VIEW all_acts`.execute(db);
  await sql`CREATE VIEW all_acts AS
    SELECT 'act' AS source, a.id AS source_id, a.client_id, a.type, a.date, a.town,
      NULL AS course_id, NULL AS course_kind
    FROM service_acts a WHERE a.deleted = 0
    UNION ALL
    SELECT 'lesson', t.id, t.client_id, ${sql.raw(serviceTypeCase)},
      l.date, c.town, c.id, c.kind
    FROM attendance t
    JOIN lessons l ON l.id = t.lesson_id
    JOIN courses c ON c.id = l.course_id
    WHERE t.deleted = 0 AND t.is_present = 1 AND l.deleted = 0 AND l.is_cancelled = 0
      AND c.deleted = 0
    UNION ALL
    SELECT 'loan', o.id, o.client_id, 'library', o.loaned_on, o.town, NULL, NULL
    FROM loans o WHERE o.deleted = 0`.execute(db);
}
