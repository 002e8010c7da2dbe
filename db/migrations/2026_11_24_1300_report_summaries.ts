import { type Kysely, sql } from 'kysely';

/**
 * Per-client yearly summaries of acts, so that a report over whole months reads a few packed
 * blocks of clients instead of every act (a year of a 300 000-client register holds about
 * 1.9 million acts). Local derived data, like client_keys: never synced, rebuilt from the acts.
 *
 * Triggers only note which clients changed (`report_dirty`); db/summaries/ recounts
 * those clients' rows before the next report. So every path that writes — a form, an import,
 * a file from another office, a second connection — keeps the summaries right without
 * remembering to, and a write costs one small insert.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // What an act is counted by: its type, town, course kind (an attended lesson's) and the
  // nationality of the person it counts for.
  await sql`CREATE TABLE report_combos (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    town TEXT NOT NULL,
    kind TEXT,
    nationality TEXT NOT NULL
  ) STRICT`.execute(db);

  // The acts of up to 256 clients (by rowid) in one year, per client, combo and month, with the
  // person each client's acts count for (a merge survivor's rowid): see summary-blob.ts.
  await sql`CREATE TABLE report_summary_blocks (
    year INTEGER NOT NULL,
    block INTEGER NOT NULL,
    clients BLOB NOT NULL,
    PRIMARY KEY (year, block)
  ) STRICT, WITHOUT ROWID`.execute(db);
  await sql`CREATE INDEX report_summary_blocks_by_block ON report_summary_blocks (block)`.execute(
    db,
  );

  // Rowids of client rows deleted outright: their id no longer leads to their place in a block.
  await sql`CREATE TABLE report_erased (client_rowid INTEGER PRIMARY KEY) STRICT`.execute(db);

  await sql`CREATE TABLE report_dirty (client_id TEXT PRIMARY KEY) STRICT, WITHOUT ROWID`.execute(
    db,
  );

  const mark = (clientId: string) => `INSERT OR IGNORE INTO report_dirty VALUES (${clientId})`;
  const changed = (columns: string[]) =>
    columns.map((column) => `old.${column} IS NOT new.${column}`).join(' OR ');

  // Acts entered by hand and loans: the client an act was and is for.
  for (const [table, columns] of [
    ['service_acts', ['client_id', 'type', 'date', 'town', 'deleted']],
    ['loans', ['client_id', 'loaned_on', 'town', 'deleted']],
    ['attendance', ['client_id', 'lesson_id', 'is_present', 'deleted']],
  ] as const) {
    await sql
      .raw(
        `CREATE TRIGGER ${table}_report_insert AFTER INSERT ON ${table} BEGIN
          ${mark('new.client_id')};
        END`,
      )
      .execute(db);
    await sql
      .raw(
        `CREATE TRIGGER ${table}_report_update AFTER UPDATE OF ${columns.join(', ')} ON ${table}
        WHEN ${changed([...columns])} BEGIN
          ${mark('old.client_id')};
          ${mark('new.client_id')};
        END`,
      )
      .execute(db);
    await sql
      .raw(
        `CREATE TRIGGER ${table}_report_delete AFTER DELETE ON ${table} BEGIN
          ${mark('old.client_id')};
        END`,
      )
      .execute(db);
  }

  // A lesson or course changes the acts of everyone who attended it. (A lesson or course that
  // arrives from another office after its attendance is such a change too.)
  const attendeesOfLesson = (lessonId: string) =>
    `INSERT OR IGNORE INTO report_dirty SELECT client_id FROM attendance WHERE lesson_id = ${lessonId}`;
  const attendeesOfCourse = (courseId: string) =>
    `INSERT OR IGNORE INTO report_dirty SELECT t.client_id FROM lessons l
      JOIN attendance t ON t.lesson_id = l.id WHERE l.course_id = ${courseId}`;
  for (const [table, columns, attendees] of [
    ['lessons', ['course_id', 'date', 'is_cancelled', 'deleted'], attendeesOfLesson],
    ['courses', ['kind', 'town', 'deleted'], attendeesOfCourse],
  ] as const) {
    await sql
      .raw(
        `CREATE TRIGGER ${table}_report_insert AFTER INSERT ON ${table} BEGIN ${attendees('new.id')}; END`,
      )
      .execute(db);
    await sql
      .raw(
        `CREATE TRIGGER ${table}_report_update AFTER UPDATE OF ${columns.join(', ')} ON ${table}
        WHEN ${changed([...columns])} BEGIN ${attendees('new.id')}; END`,
      )
      .execute(db);
    await sql
      .raw(
        `CREATE TRIGGER ${table}_report_delete AFTER DELETE ON ${table} BEGIN ${attendees('old.id')}; END`,
      )
      .execute(db);
  }

  // Whom a client's acts count for, and with which nationality. Records merged into a changed
  // client are found when the summaries are recounted (they follow its merged_into chain).
  await sql`CREATE TRIGGER clients_report_insert AFTER INSERT ON clients BEGIN
    INSERT OR IGNORE INTO report_dirty VALUES (new.id);
  END`.execute(db);
  await sql`CREATE TRIGGER clients_report_update AFTER UPDATE OF nationality, deleted, merged_into
    ON clients WHEN old.nationality IS NOT new.nationality OR old.deleted IS NOT new.deleted
      OR old.merged_into IS NOT new.merged_into BEGIN
    INSERT OR IGNORE INTO report_dirty VALUES (new.id);
  END`.execute(db);
  await sql`CREATE TRIGGER clients_report_delete AFTER DELETE ON clients BEGIN
    INSERT OR IGNORE INTO report_erased VALUES (old.rowid);
    INSERT OR IGNORE INTO report_dirty VALUES (old.id);
  END`.execute(db);

  // How often the summaries have recounted a change: one more each time. A count derived from
  // the acts and stamped with it is still right while it is unchanged (every change that can
  // move a count goes through report_dirty first).
  await sql`CREATE TABLE report_generation (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    n INTEGER NOT NULL
  ) STRICT`.execute(db);
  await sql`INSERT INTO report_generation VALUES (1, 0)`.execute(db);
  // How many acts of each submitted period have changed since, as of a generation: the list of
  // submitted periods recounts a period only after a change (a year is ~2 million acts).
  await sql`CREATE TABLE report_submission_checks (
    submission_id TEXT PRIMARY KEY,
    generation INTEGER NOT NULL,
    changed_acts INTEGER NOT NULL
  ) STRICT, WITHOUT ROWID`.execute(db);

  // A database from before this migration: every client is counted on the first report.
  await sql`INSERT INTO report_dirty SELECT id FROM clients`.execute(db);
}
