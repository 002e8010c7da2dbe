import { type Kysely, sql } from 'kysely';

/*
 * GDPR erasure (issue 12, SYNC.md "Erasure"): `erasures` is synced, written only by HQ (an
 * import refuses it from a branch). A row is the `erase` operation for one person — the id and
 * the reason, never the name — and it stays: every site remembers the id, so no older file can
 * bring the person back. The search index deletes its tokens at once ('secure-delete'), not
 * when its segments are next merged: a deleted name must not linger in the file.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const run = (text: string) => sql.raw(text).execute(db);
  await run(`CREATE TABLE erasures (
    id TEXT PRIMARY KEY,
    reason TEXT NOT NULL DEFAULT '',
    erased_on TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
  ) STRICT`);
  await run(`INSERT INTO client_search (client_search, rank) VALUES ('secure-delete', 1)`);
}
