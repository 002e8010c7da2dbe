import { type Kysely, sql } from 'kysely';

/*
 * The read audit beyond one client's record (issue 12.2): who opened a report drill-down (a
 * list of people behind a figure) or exported a report, when, and what (the period, town and
 * list). Local and append-only like audit_log, which keeps the per-client entries.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const run = (text: string) => sql.raw(text).execute(db);
  await run(`CREATE TABLE access_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_id TEXT,
    site_id TEXT,
    action TEXT NOT NULL CHECK (action IN ('drilldown', 'report_export')),
    detail TEXT NOT NULL
  ) STRICT`);
  await run(`CREATE INDEX access_log_by_time ON access_log (at)`);
  await run(`CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log BEGIN
    SELECT RAISE(ABORT, 'access_log is append-only');
  END`);
  await run(`CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log BEGIN
    SELECT RAISE(ABORT, 'access_log is append-only');
  END`);
}
