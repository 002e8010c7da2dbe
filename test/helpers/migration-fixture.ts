import { join } from 'node:path';
import { configureDatabase, openCheckedDatabase } from '../../db/connection/open-database.ts';
import { registerSqlFunctions } from '../../db/connection/sql-functions.ts';
import { createStore, type Store } from '../../db/store.ts';
import { createDatabaseAtVersion, migrationNames } from './old-schema.ts';

/**
 * A real database file in `dir` migrated to just before `migration` (and filled as
 * createDatabaseAtVersion fills it), opened as the app opens a file: what a before/after
 * migration test puts its rows into before it runs the migration.
 */
export async function openBeforeMigration(
  dir: string,
  migration: string,
  now: () => number,
): Promise<Store> {
  const version = migrationNames.indexOf(migration);
  if (version < 0) throw new Error(`no migration ${migration}`);
  const file = join(dir, 'old.sqlite');
  await createDatabaseAtVersion(file, version);
  const sqlite = openCheckedDatabase({ file, mode: 'open' });
  registerSqlFunctions(sqlite);
  configureDatabase(sqlite);
  return createStore(sqlite, file, now);
}
