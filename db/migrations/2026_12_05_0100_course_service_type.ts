import { type Kysely, sql } from 'kysely';

/*
 * Issue 14.3: the service type of an attended lesson comes from one rule, the contract's
 * serviceTypeOfCourseKind, instead of a CASE written by hand in each migration that defined
 * the view. The rule comes from the SQL function pristav_course_service_types
 * (db/connection/sql-functions.ts), and the view's CASE is generated from it here: a CASE costs
 * the view nothing measurable, where a JS function per attended lesson made a year's acts half
 * as slow again and a lookup table about 6 %. A change to the rule is a new migration that
 * generates the view again (test/db/courses/course-service-type.test.ts fails until then).
 * Nothing stored changes.
 */
interface CourseServiceTypeRule {
  byKind: Record<string, string>;
  /** The service type of a kind this version does not know. */
  otherwise: string;
}

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** `CASE c.kind …`: only the kinds whose type is not the `otherwise` one need a branch. */
function serviceTypeCase(rule: CourseServiceTypeRule): string {
  const branches = Object.entries(rule.byKind)
    .filter(([, type]) => type !== rule.otherwise)
    .map(([kind, type]) => `WHEN ${quote(kind)} THEN ${quote(type)}`);
  return `CASE c.kind ${branches.join(' ')} ELSE ${quote(rule.otherwise)} END`;
}

export async function up(db: Kysely<any>): Promise<void> {
  const { rows } = await sql<{ rule: string }>`
    SELECT pristav_course_service_types() AS rule`.execute(db);
  const rule = JSON.parse(rows[0]!.rule) as CourseServiceTypeRule;

  await sql`DROP VIEW all_acts`.execute(db);
  await sql`CREATE VIEW all_acts AS
    SELECT 'act' AS source, a.id AS source_id, a.client_id, a.type, a.date, a.town,
      NULL AS course_id, NULL AS course_kind
    FROM service_acts a WHERE a.deleted = 0
    UNION ALL
    SELECT 'lesson', t.id, t.client_id, ${sql.raw(serviceTypeCase(rule))},
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
