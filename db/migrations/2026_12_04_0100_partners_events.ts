import { type Kysely, sql } from 'kysely';

/**
 * Issue 13 points 16–17: the centre's partner organisations (the regional platform of the 2010
 * press release), referrals to them recorded on an act, and events (platform meetings,
 * conferences, information sessions) whose registered attendees each have an act of type
 * `event`. Both tables are synced (db/changes/synced-tables.ts), ids are UUIDv7 and, like every
 * synced table, they have no constraint but the id.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const run = (text: string) => sql.raw(text).execute(db);
  await run(`CREATE TABLE partners (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'other',
    town TEXT NOT NULL DEFAULT '',
    contact TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    is_archived INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0
  ) STRICT`);

  // The partners present are a JSON array of partner ids: one field, edited as a whole.
  await run(`CREATE TABLE events (
    id TEXT PRIMARY KEY,
    date TEXT NOT NULL DEFAULT '',
    town TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'other',
    topic TEXT NOT NULL DEFAULT '',
    participants INTEGER NOT NULL DEFAULT 0,
    partner_ids TEXT NOT NULL DEFAULT '[]',
    note TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0
  ) STRICT`);
  await run(`CREATE INDEX events_by_date ON events (date, town) WHERE deleted = 0`);

  // An act may refer the client to a partner, and an act of type `event` names its event.
  await run(`ALTER TABLE service_acts ADD COLUMN partner_id TEXT`);
  await run(`ALTER TABLE service_acts ADD COLUMN event_id TEXT`);
  // The report counts referrals from these few acts rather than from every act of the period.
  await run(`CREATE INDEX service_acts_referrals ON service_acts (date, partner_id, client_id, town)
    WHERE deleted = 0 AND partner_id IS NOT NULL`);
  await run(`CREATE INDEX service_acts_by_event ON service_acts (event_id, client_id)
    WHERE event_id IS NOT NULL`);
}
