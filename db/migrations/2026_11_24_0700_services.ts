import { type Kysely, sql } from 'kysely';

/**
 * What the centre delivers: custom service types (the built-in ones live in code), acts
 * delivered to registered clients, and anonymous tallies of walk-ins.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // The id is the type's code; a row for a built-in code only archives or relabels it.
  await sql`CREATE TABLE service_types (
    id TEXT PRIMARY KEY,
    label_cs TEXT NOT NULL DEFAULT '',
    label_en TEXT NOT NULL DEFAULT '',
    is_archived INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0
  ) STRICT`.execute(db);

  await sql`CREATE TABLE service_acts (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL DEFAULT '',
    type TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL DEFAULT '',
    town TEXT NOT NULL DEFAULT '',
    minutes INTEGER,
    worker_id TEXT,
    note TEXT NOT NULL DEFAULT '',
    is_confidential INTEGER NOT NULL DEFAULT 0,
    computer TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0
  ) STRICT`.execute(db);
  await sql`CREATE INDEX service_acts_by_client ON service_acts (client_id, date)`.execute(db);
  await sql`CREATE INDEX service_acts_by_date ON service_acts (date, type)`.execute(db);

  // One row per entry (not per day), so that offices adding to the same day never conflict.
  await sql`CREATE TABLE anonymous_tallies (
    id TEXT PRIMARY KEY,
    date TEXT NOT NULL DEFAULT '',
    type TEXT NOT NULL DEFAULT '',
    town TEXT NOT NULL DEFAULT '',
    count INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0
  ) STRICT`.execute(db);
  await sql`CREATE INDEX anonymous_tallies_by_date ON anonymous_tallies (date, type)`.execute(db);
}
