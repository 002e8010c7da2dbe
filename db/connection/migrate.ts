import type Sqlite from 'better-sqlite3-multiple-ciphers';
import { type Kysely, sql } from 'kysely';
import { PristavError } from '../errors.ts';
import { knownSchemaVersion, migrations } from '../migrations/index.ts';

/** Kysely's own table name and shape, so files migrated by earlier releases read the same. */
const migrationTable = 'kysely_migration';

/** Where an upgrade stands; the crash sweep test and the UI's "updating…" line listen to it. */
export type MigrationStep =
  | { phase: 'begin'; from: number; to: number }
  | { phase: 'migration'; name: string }
  | { phase: 'commit' };

export interface MigrateOptions {
  /** Runs before the upgrade's transaction opens, when a file with data is about to change. */
  beforeUpgrade?: (from: number, to: number) => Promise<void> | void;
  onStep?: (step: MigrationStep) => void;
  /** Stop after this migration: how tests build the schema an earlier release left. */
  upTo?: string;
}

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

/**
 * Applies every pending migration and their records in ONE transaction: a crash at any moment
 * leaves the file at the version it had or at the latest, never between. Kysely's Migrator
 * cannot promise that on SQLite (its adapter reports no transactional DDL, so it runs each
 * migration bare), which once left files with half a schema that no start could get past.
 */
export async function migrateToLatest(
  handle: { sqlite: Sqlite.Database; db: Kysely<any> },
  options: MigrateOptions = {},
): Promise<void> {
  const { sqlite, db } = handle;
  const { upTo } = options;
  const pendingOf = (applied: string[]) =>
    Object.keys(migrations)
      .filter((name) => !applied.includes(name) && (upTo === undefined || name <= upTo))
      .sort();
  const appliedBefore = await listAppliedMigrations(db);
  if (pendingOf(appliedBefore).length === 0) return;
  const target = appliedBefore.length + pendingOf(appliedBefore).length;
  await options.beforeUpgrade?.(appliedBefore.length, target);

  // IMMEDIATE takes the write lock now: a second process opening the same file waits here
  // and then finds nothing left to do, instead of applying the same migrations twice.
  sqlite.exec('BEGIN IMMEDIATE');
  try {
    await sql`CREATE TABLE IF NOT EXISTS ${sql.table(migrationTable)} (
      name varchar(255) NOT NULL PRIMARY KEY,
      timestamp varchar(255) NOT NULL
    )`.execute(db);
    const applied = await listAppliedMigrations(db);
    const pending = pendingOf(applied);
    options.onStep?.({ phase: 'begin', from: applied.length, to: applied.length + pending.length });
    for (const name of pending) {
      options.onStep?.({ phase: 'migration', name });
      await migrations[name]!.up(db);
      await sql`INSERT INTO ${sql.table(migrationTable)} (name, timestamp)
        VALUES (${name}, ${new Date().toISOString()})`.execute(db);
    }
    sqlite.exec('COMMIT');
    options.onStep?.({ phase: 'commit' });
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    throw error;
  }
}
