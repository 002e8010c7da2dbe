import { createApi, type Api } from './api.ts';
import { assertSchemaNotNewer, migrateToLatest } from './connection/migrate.ts';
import {
  configureDatabase,
  openCheckedDatabase,
  type OpenDatabaseOptions,
} from './connection/open-database.ts';
import { registerSqlFunctions } from './connection/sql-functions.ts';
import { createStore, type Store } from './store.ts';

export interface App {
  api: Api;
  store: Store;
  file: string;
  close(): void;
}

/**
 * Opens (or creates) a database and brings its schema up to date. Every check that can refuse
 * the file runs before the first write, so a refused file is left exactly as it was.
 */
export async function openStore(
  options: OpenDatabaseOptions & { now?: () => number },
): Promise<Store> {
  const sqlite = openCheckedDatabase(options);
  const store = createStore(sqlite, options.file, options.now);
  registerSqlFunctions(sqlite);
  try {
    await assertSchemaNotNewer(store.db, options.file);
    configureDatabase(sqlite);
    await migrateToLatest(store.db);
    return store;
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

export async function openApp(options: OpenDatabaseOptions): Promise<App> {
  const store = await openStore(options);
  return { api: createApi(store), store, file: options.file, close: () => store.sqlite.close() };
}
