import { type Kysely, Migrator, sql } from 'kysely';
import { PristavError } from '../errors.ts';
import { knownSchemaVersion, migrations } from '../migrations/index.ts';

const migrationTable = 'kysely_migration';

/** Names of the migrations the file has applied (none for a new file). */
export async function listAppliedMigrations(db: Kysely<any>): Promise<string[]> {
  const table = await sql<{ name: string }>`SELECT name FROM sqlite_master
    WHERE type = 'table' AND name = ${migrationTable}`.execute(db);
  if (table.rows.length === 0) return [];
  const rows = await sql<{ name: string }>`SELECT name FROM ${sql.table(migrationTable)}
    ORDER BY name`.execute(db);
  return rows.rows.map((row) => row.name);
}

/**
 * Refuses a file written by a newer Přístav before anything touches it: running our older code
 * on a schema it does not know could damage records.
 */
export async function assertSchemaNotNewer(db: Kysely<any>, file: string): Promise<number> {
  const applied = await listAppliedMigrations(db);
  const unknown = applied.filter((name) => !(name in migrations));
  if (unknown.length > 0) {
    throw new PristavError('DB_TOO_NEW', {
      path: file,
      found: applied.length,
      known: knownSchemaVersion,
    });
  }
  return applied.length;
}

/** Applies the pending migrations, each in its own transaction. */
export async function migrateToLatest(db: Kysely<any>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
}
