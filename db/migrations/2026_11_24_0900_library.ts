import { type Kysely, sql } from 'kysely';

/** The foreign-language library; each loan is one act of type library (FIGURES.md). */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE books (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    isbn TEXT NOT NULL DEFAULT '',
    copies INTEGER NOT NULL DEFAULT 1,
    shelf_mark TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0
  ) STRICT`.execute(db);

  await sql`CREATE TABLE loans (
    id TEXT PRIMARY KEY,
    book_id TEXT NOT NULL DEFAULT '',
    client_id TEXT NOT NULL DEFAULT '',
    loaned_on TEXT NOT NULL DEFAULT '',
    due_on TEXT NOT NULL DEFAULT '',
    returned_on TEXT,
    renewals INTEGER NOT NULL DEFAULT 0,
    town TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0
  ) STRICT`.execute(db);
  await sql`CREATE INDEX loans_by_book ON loans (book_id) WHERE returned_on IS NULL`.execute(db);
  await sql`CREATE INDEX loans_by_client ON loans (client_id)`.execute(db);
  await sql`CREATE INDEX loans_open_by_due ON loans (due_on) WHERE returned_on IS NULL`.execute(db);

  // The act view now also counts loans: one act on the day of the loan; a return is none.
  await sql`DROP VIEW all_acts`.execute(db);
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
      AND c.deleted = 0
    UNION ALL
    SELECT 'loan', o.id, o.client_id, 'library', o.loaned_on, o.town
    FROM loans o WHERE o.deleted = 0`.execute(db);
}
