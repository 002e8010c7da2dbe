import { type Kysely, sql } from 'kysely';

/**
 * The first synced tables. Every column has a default because a row can be materialised from
 * operations that arrive field by field from another office.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE local_meta (
    key TEXT PRIMARY KEY,
    value ANY
  ) STRICT`.execute(db);

  await sql`CREATE TABLE sites (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    town TEXT NOT NULL DEFAULT '',
    is_hq INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0
  ) STRICT`.execute(db);

  await sql`CREATE TABLE users (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT 'worker',
    site_id TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
  ) STRICT`.execute(db);

  await sql`CREATE TABLE settings (
    id TEXT PRIMARY KEY,
    value ANY,
    deleted INTEGER NOT NULL DEFAULT 0
  ) STRICT`.execute(db);
}
