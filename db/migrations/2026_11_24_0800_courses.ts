import { type Kysely, sql } from 'kysely';

/** Courses with their weekly schedule, lessons, enrolments and attendance marks. */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE courses (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    town TEXT NOT NULL DEFAULT '',
    venue TEXT NOT NULL DEFAULT '',
    level TEXT NOT NULL DEFAULT '',
    lecturer TEXT NOT NULL DEFAULT '',
    start_date TEXT NOT NULL DEFAULT '',
    end_date TEXT NOT NULL DEFAULT '',
    capacity INTEGER,
    schedule TEXT NOT NULL DEFAULT '[]',
    deleted INTEGER NOT NULL DEFAULT 0
  ) STRICT`.execute(db);

  await sql`CREATE TABLE lessons (
    id TEXT PRIMARY KEY,
    course_id TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL DEFAULT '',
    start_time TEXT NOT NULL DEFAULT '',
    end_time TEXT NOT NULL DEFAULT '',
    is_cancelled INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0
  ) STRICT`.execute(db);
  await sql`CREATE INDEX lessons_by_course ON lessons (course_id, date)`.execute(db);
  await sql`CREATE INDEX lessons_by_date ON lessons (date)`.execute(db);

  await sql`CREATE TABLE enrolments (
    id TEXT PRIMARY KEY,
    course_id TEXT NOT NULL DEFAULT '',
    client_id TEXT NOT NULL DEFAULT '',
    enrolled_on TEXT NOT NULL DEFAULT '',
    left_on TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
  ) STRICT`.execute(db);
  await sql`CREATE INDEX enrolments_by_course ON enrolments (course_id)`.execute(db);
  await sql`CREATE INDEX enrolments_by_client ON enrolments (client_id)`.execute(db);

  // The id is "lesson:client": two offices ticking the same cell write the same row, so a
  // disagreement is a concurrent edit of one field, not two rows.
  await sql`CREATE TABLE attendance (
    id TEXT PRIMARY KEY,
    lesson_id TEXT NOT NULL DEFAULT '',
    client_id TEXT NOT NULL DEFAULT '',
    is_present INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0
  ) STRICT`.execute(db);
  await sql`CREATE INDEX attendance_by_lesson ON attendance (lesson_id)`.execute(db);
  await sql`CREATE INDEX attendance_by_client ON attendance (client_id)`.execute(db);
  await createAllActsView(db);
}

/**
 * Every service act, whatever recorded it: acts entered by hand, and each attended lesson of a
 * course that was held (FIGURES.md: "one attended lesson of a course"). Reports and the
 * client's timeline read this one view, so they always count the same way.
 */
export async function createAllActsView(db: Kysely<any>): Promise<void> {
  await sql`CREATE VIEW all_acts AS
    SELECT 'act' AS source, a.id AS source_id, a.client_id, a.type, a.date, a.town
    FROM service_acts a WHERE a.deleted = 0
    UNION ALL
    SELECT 'lesson', t.id, t.client_id,
      CASE c.kind WHEN 'sociocultural' THEN 'sociocultural_course' WHEN 'pc' THEN 'pc_course'
        ELSE 'czech_course' END,
      l.date, c.town
    FROM attendance t
    JOIN lessons l ON l.id = t.lesson_id
    JOIN courses c ON c.id = l.course_id
    WHERE t.deleted = 0 AND t.is_present = 1 AND l.deleted = 0 AND l.is_cancelled = 0
      AND c.deleted = 0`.execute(db);
}
