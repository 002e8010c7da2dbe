import { type Kysely, sql } from 'kysely';

/*
 * GDPR subject access and retention (issue 12, point 5):
 * - `clients.anonymised_on`, synced: the day the retention rule anonymised the record. The row
 *   stays (its nationality, birth year and acts still count in every report); the marker tells
 *   every office to show it as "Anonymizovaný klient" and never to list it again.
 * - the audit log learns two actions, 'export' (a subject-access export was made) and
 *   'anonymise'. SQLite cannot change a CHECK constraint, so the table is rebuilt with the same
 *   rows, ids, index and append-only triggers. (DROP TABLE fires no DELETE trigger.)
 */
export async function up(db: Kysely<any>): Promise<void> {
  const run = (text: string) => sql.raw(text).execute(db);

  await run(`ALTER TABLE clients ADD COLUMN anonymised_on TEXT`);

  await run(`CREATE TABLE audit_log_next (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_id TEXT,
    site_id TEXT,
    action TEXT NOT NULL CHECK (action IN
      ('create', 'update', 'merge', 'unmerge', 'open', 'export', 'anonymise')),
    client_id TEXT NOT NULL
  ) STRICT`);
  await run(`INSERT INTO audit_log_next (id, at, user_id, site_id, action, client_id)
    SELECT id, at, user_id, site_id, action, client_id FROM audit_log ORDER BY id`);
  await run(`DROP TABLE audit_log`);
  await run(`ALTER TABLE audit_log_next RENAME TO audit_log`);
  await run(`CREATE INDEX audit_log_by_client ON audit_log (client_id)`);
  await run(`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
  END`);
  await run(`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
  END`);
}
