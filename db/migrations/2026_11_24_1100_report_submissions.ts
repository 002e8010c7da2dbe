import { type Kysely, sql } from 'kysely';

/**
 * Submitted reports: the figures the coordinator handed to the funder, and the acts they were
 * counted from, so that a later change to the period shows as a difference with the acts behind
 * it instead of silently changing a number already reported.
 *
 * Local tables, not synced: a submission is this office's record of what it sent, and its act
 * list is derived data (the acts themselves travel in the change log). Both are append-only.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE report_submissions (
    id TEXT PRIMARY KEY,
    period_from TEXT NOT NULL,
    period_to TEXT NOT NULL,
    town TEXT NOT NULL DEFAULT '',
    figures TEXT NOT NULL,
    acts INTEGER NOT NULL,
    submitted_at TEXT NOT NULL,
    submitted_by TEXT,
    note TEXT NOT NULL DEFAULT ''
  ) STRICT`.execute(db);
  await sql`CREATE INDEX report_submissions_by_period
    ON report_submissions (period_from, period_to, town, submitted_at)`.execute(db);

  // One row per counted act: whom it counted for and where, as it stood when submitted.
  await sql`CREATE TABLE report_submission_acts (
    submission_id TEXT NOT NULL REFERENCES report_submissions (id),
    source TEXT NOT NULL,
    source_id TEXT NOT NULL,
    person TEXT NOT NULL,
    nationality TEXT NOT NULL,
    type TEXT NOT NULL,
    date TEXT NOT NULL,
    town TEXT NOT NULL,
    PRIMARY KEY (submission_id, source, source_id)
  ) STRICT, WITHOUT ROWID`.execute(db);

  for (const table of ['report_submissions', 'report_submission_acts']) {
    await sql`CREATE TRIGGER ${sql.raw(`${table}_no_update`)} BEFORE UPDATE ON ${sql.raw(table)}
      BEGIN SELECT RAISE(ABORT, 'submitted reports are append-only'); END`.execute(db);
    await sql`CREATE TRIGGER ${sql.raw(`${table}_no_delete`)} BEFORE DELETE ON ${sql.raw(table)}
      BEGIN SELECT RAISE(ABORT, 'submitted reports are append-only'); END`.execute(db);
  }
}
