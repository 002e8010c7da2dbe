import { createApi, type Api } from './api.ts';
import { checkSyncCrypto } from './sync/crypto-readiness.ts';
import { assertSchemaNotNewer, migrateToLatest, type MigrationStep } from './connection/migrate.ts';
import { checkIntegrityInBackground } from './connection/integrity-check.ts';
import {
  configureDatabase,
  openCheckedDatabase,
  type OpenDatabaseOptions,
} from './connection/open-database.ts';
import { registerSqlFunctions } from './connection/sql-functions.ts';
import { backupBeforeUpgrade } from './connection/upgrade-backup.ts';
import { createStore, type Store } from './store.ts';

export interface App {
  api: Api;
  store: Store;
  file: string;
  close(): void;
}

export interface OpenStoreOptions extends OpenDatabaseOptions {
  now?: () => number;
  /** Progress of a schema upgrade (the crash sweep test listens to it). */
  onMigrationStep?: (step: MigrationStep) => void;
}

/**
 * Opens (or creates) a database and brings its schema up to date. Every check that can refuse
 * the file runs before the first write, so a refused file is left exactly as it was. A file
 * with records is copied before its schema is upgraded (upgrade-backup.ts).
 */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const sqlite = openCheckedDatabase(options);
  const store = createStore(sqlite, options.file, options.now, options.key);
  registerSqlFunctions(sqlite);
  try {
    await assertSchemaNotNewer(store.db, options.file);
    configureDatabase(sqlite);
    await migrateToLatest(store, {
      beforeUpgrade: (from) => {
        if (from === 0) return;
        const key = options.key === undefined ? {} : { key: options.key };
        backupBeforeUpgrade(sqlite, { file: options.file, from, ...key });
      },
      ...(options.onMigrationStep ? { onStep: options.onMigrationStep } : {}),
    });
    return store;
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

/**
 * The app's database. `checkInBackground` (the desktop app and the loopback host) starts the
 * page-by-page integrity check after open; short CLI commands leave it to `pristav check`.
 */
export async function openApp(
  options: OpenDatabaseOptions & { checkInBackground?: boolean },
): Promise<App> {
  const store = await openStore(options);
  if (options.checkInBackground) {
    checkSyncCrypto();
    void checkIntegrityInBackground(store, options.key === undefined ? {} : { key: options.key });
  }
  return { api: createApi(store), store, file: options.file, close: () => store.sqlite.close() };
}
