import { type Kysely, sql } from 'kysely';

/** The change log of SYNC.md: operations, field heads, the version vector and the clock. */
export async function up(db: Kysely<any>): Promise<void> {
  // (site, counter) is the key of an operation everywhere; WITHOUT ROWID keeps it the B-tree key.
  await sql`CREATE TABLE ops (
    site TEXT NOT NULL,
    counter INTEGER NOT NULL,
    hlc TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    column_name TEXT NOT NULL,
    value ANY,
    deps TEXT NOT NULL,
    author TEXT,
    PRIMARY KEY (site, counter)
  ) STRICT, WITHOUT ROWID`.execute(db);
  await sql`CREATE INDEX ops_by_field ON ops (table_name, row_id, column_name)`.execute(db);

  // A field's heads: its operations no other operation depends on. Kept materialised so that a
  // write finds its deps with one indexed lookup instead of scanning the field's history.
  await sql`CREATE TABLE field_heads (
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    column_name TEXT NOT NULL,
    site TEXT NOT NULL,
    counter INTEGER NOT NULL,
    PRIMARY KEY (table_name, row_id, column_name, site, counter)
  ) STRICT, WITHOUT ROWID`.execute(db);

  // Per origin site, the highest contiguous counter held; this site's own entry is its counter.
  await sql`CREATE TABLE version_vector (
    site TEXT PRIMARY KEY,
    counter INTEGER NOT NULL
  ) STRICT`.execute(db);

  await sql`CREATE TABLE hlc_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    wall INTEGER NOT NULL,
    counter INTEGER NOT NULL
  ) STRICT`.execute(db);
  await sql`INSERT INTO hlc_state (id, wall, counter) VALUES (1, 0, 0)`.execute(db);
}
