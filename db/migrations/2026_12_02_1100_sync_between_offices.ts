import { type Kysely, sql } from 'kysely';

/*
 * Sync between offices (SYNC.md): the site registry's keys, and the local bookkeeping of the
 * exchange. Only `sites` is synced here; every other table is this computer's own state,
 * rebuilt or re-learnt from the next file (nothing in them travels).
 */
export async function up(db: Kysely<any>): Promise<void> {
  const run = (text: string) => sql.raw(text).execute(db);

  // The registry of SYNC.md "Identities": public keys (raw, base64url) and revocation. Only HQ
  // writes these columns; an import refuses a branch's file that touches them.
  await run(`ALTER TABLE sites ADD COLUMN signing_key TEXT NOT NULL DEFAULT ''`);
  await run(`ALTER TABLE sites ADD COLUMN agreement_key TEXT NOT NULL DEFAULT ''`);
  await run(`ALTER TABLE sites ADD COLUMN is_revoked INTEGER NOT NULL DEFAULT 0`);
  await run(`ALTER TABLE sites ADD COLUMN enrolled_on TEXT`);

  // An operation named in some operation's deps before it arrived: when it does, it is not a
  // head of `field` (the one whose deps named it). Files arrive in any order, so a later
  // operation can be held before the one it replaced.
  await run(`CREATE TABLE ops_awaited (
    site INTEGER NOT NULL,
    counter INTEGER NOT NULL,
    field INTEGER NOT NULL,
    PRIMARY KEY (site, counter, field)
  ) STRICT, WITHOUT ROWID`);

  // The review queue: fields whose heads disagree, and deleted rows edited concurrently.
  // Derived from the heads, kept by the apply path in the same transaction.
  await run(`CREATE TABLE review_items (
    id TEXT PRIMARY KEY,
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    column_name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('edit', 'deleteEdit'))
  ) STRICT, WITHOUT ROWID`);

  // Per peer and origin site: the highest contiguous counter the peer said it holds (the
  // vector in its last file). An export to the peer sends what lies above.
  await run(`CREATE TABLE sync_acks (
    peer TEXT NOT NULL,
    origin TEXT NOT NULL,
    counter INTEGER NOT NULL,
    PRIMARY KEY (peer, origin)
  ) STRICT, WITHOUT ROWID`);

  // Files imported (a file is imported once, whatever its name or copies) and written.
  await run(`CREATE TABLE sync_files (
    file_id TEXT PRIMARY KEY,
    direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    peer TEXT NOT NULL,
    at TEXT NOT NULL,
    operations INTEGER NOT NULL,
    -- What a written file told its peer (ranges and vector): the same again is not rewritten.
    summary TEXT NOT NULL DEFAULT ''
  ) STRICT, WITHOUT ROWID`);
  await run(`CREATE INDEX sync_files_by_peer ON sync_files (peer, direction, at)`);
}
