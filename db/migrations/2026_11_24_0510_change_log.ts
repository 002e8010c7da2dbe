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
  // A row's edit history and the recomputation of its fields look operations up by row.
  await sql`CREATE INDEX ops_by_row ON ops (row_id)`.execute(db);

  // The heads of each field of a row (its operations no other operation depends on), as JSON
  // {"column": [[site, counter], ...]}. One entry per row, not per field: writeRow() handles a
  // whole row at once, so this is one lookup and one write per row instead of one per field.
  await sql`CREATE TABLE row_heads (
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    heads TEXT NOT NULL,
    PRIMARY KEY (table_name, row_id)
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
