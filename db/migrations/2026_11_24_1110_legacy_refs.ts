import { type Kysely, sql } from 'kysely';

/**
 * Legacy references: which row a record of an old register became, so that importing the same
 * files again changes nothing and a later file can refer to clients imported earlier.
 *
 * Synced like the rows it points to. The id is the whole identity, the JSON array
 * [source, kind, ref] (e.g. ["Jablonec 2009","client","17"]): deterministic, so the same legacy
 * record is one row at every office, and its parts need no columns (nor operations) of their own.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE legacy_refs (
    id TEXT PRIMARY KEY,
    row_id TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0
  ) STRICT`.execute(db);
  // A client's detail shows the legacy numbers its record came from.
  await sql`CREATE INDEX legacy_refs_by_row ON legacy_refs (row_id)`.execute(db);
}
