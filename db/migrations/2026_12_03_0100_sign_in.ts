import { type Kysely, sql } from 'kysely';

/*
 * Sign-in (issue 12): a user's password hash (scrypt, see db/security/passwords.ts) and whether
 * the user may still sign in. Both are synced with the user, so a person signs in at any office
 * of the organisation. Failed sign-ins are this computer's own record (not synced): five in a
 * row make the next attempt wait, and restarting the app or the CLI does not reset that.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const run = (text: string) => sql.raw(text).execute(db);
  await run(`ALTER TABLE users ADD COLUMN password_hash TEXT NOT NULL DEFAULT ''`);
  await run(`ALTER TABLE users ADD COLUMN is_disabled INTEGER NOT NULL DEFAULT 0`);
  await run(`CREATE TABLE sign_in_failures (
    name_key TEXT PRIMARY KEY,
    failures INTEGER NOT NULL,
    last_at INTEGER NOT NULL
  ) STRICT, WITHOUT ROWID`);
}
