import { type Kysely, sql } from 'kysely';

/*
 * Issue 14.8: rowids that cannot move. The search index (client_search), the search and duplicate
 * keys (client_keys), the report summaries (report_summary_blocks, report_erased) and the caches
 * of sort ranks store a client's rowid. `clients` had a TEXT primary key, so its rowid was
 * implicit — and SQLite documents that VACUUM (run after an erasure, and by VACUUM INTO for every
 * backup) may renumber implicit rowids, which would point every stored one at another person.
 * The table is rebuilt with `local_number INTEGER PRIMARY KEY`, an explicit alias of the rowid
 * that VACUUM keeps, each client keeping the rowid it had, so everything stored stays right; `id`
 * stays unique. The number is this database's own and never travels (synced-tables.ts
 * localColumns). The indexes and triggers are recreated as the database holds them.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const run = (text: string) => sql.raw(text).execute(db);
  const read = async <T>(text: string) => (await sql.raw<T>(text).execute(db)).rows;

  const [table] = await read<{ sql: string }>(
    "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'clients'",
  );
  const rebuilt = table!.sql
    .replace(
      /^CREATE TABLE clients \(/,
      'CREATE TABLE clients_rebuilt (\n    local_number INTEGER PRIMARY KEY,',
    )
    .replace(/\bid TEXT PRIMARY KEY\b/, 'id TEXT NOT NULL UNIQUE');
  if (
    !rebuilt.includes('local_number INTEGER PRIMARY KEY') ||
    !rebuilt.includes('id TEXT NOT NULL UNIQUE')
  ) {
    throw new Error('client_local_numbers: the clients table is not as the migrations left it');
  }
  const dependents = await read<{ type: string; name: string; sql: string }>(
    `SELECT type, name, sql FROM sqlite_master
     WHERE tbl_name = 'clients' AND type IN ('index', 'trigger') AND sql IS NOT NULL`,
  );
  const columns = (await read<{ name: string }>("SELECT name FROM pragma_table_info('clients')"))
    .map((column) => column.name)
    .join(', ');

  await run(rebuilt);
  await run(
    `INSERT INTO clients_rebuilt (local_number, ${columns}) SELECT rowid, ${columns} FROM clients`,
  );
  // The triggers go first: dropping the table must not count its rows as deleted people.
  for (const { type, name } of dependents) {
    await run(`DROP ${type === 'trigger' ? 'TRIGGER' : 'INDEX'} ${name}`);
  }
  await run('DROP TABLE clients');
  await run('ALTER TABLE clients_rebuilt RENAME TO clients');
  for (const dependent of dependents) await run(dependent.sql);
}
