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
import { takeDailyBackupIfDue } from './security/backups/daily-backup.ts';
import { registerLiveDatabase } from './security/backups/live-database.ts';
import { copyUpgradeBackup } from './security/backups/upgrade-copy.ts';
import { createStore, type Store } from './store.ts';

export interface App {
  /** Always answers from the current store, also after a restore replaced the file. */
  api: Api;
  /** The current store: a restore replaces it (read it each time, do not keep it). */
  readonly store: Store;
  file: string;
  close(): void;
  /** Resolves when the background work started at open (the daily backup) has ended. */
  idle(): Promise<void>;
}

export interface OpenStoreOptions extends OpenDatabaseOptions {
  now?: () => number;
  /** Progress of a schema upgrade (the crash sweep test listens to it). */
  onMigrationStep?: (step: MigrationStep) => void;
}

/**
 * Opens (or creates) a database and brings its schema up to date. Every check that can refuse
 * the file runs before the first write, so a refused file is left exactly as it was. A file
 * with records is copied before its schema is upgraded (upgrade-backup.ts), and that copy goes
 * to the backup folder too (upgrade-copy.ts).
 */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const sqlite = openCheckedDatabase(options);
  const store = createStore(sqlite, options.file, options.now, options.key);
  registerSqlFunctions(sqlite);
  try {
    await assertSchemaNotNewer(store.db, options.file);
    configureDatabase(sqlite);
    await migrateToLatest(store, {
      beforeUpgrade: async (from) => {
        if (from === 0) return;
        const key = options.key === undefined ? {} : { key: options.key };
        const copy = backupBeforeUpgrade(sqlite, { file: options.file, from, ...key });
        // The copy beside the file is the one the upgrade relies on; the backup folder (a
        // stick that may not be plugged in) must not stop the app from starting.
        if (copy !== null) await copyUpgradeBackup(store, copy).catch(warnBackupFailed);
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
 * page-by-page integrity check after open and the first backup of the day; short CLI commands
 * leave both to `pristav check` and `pristav backup`.
 *
 * The App is a holder: its `api` delegates to the API of the current store. "Obnovit ze zálohy"
 * (security/backups/restore-backup.ts) asks it to close the connection, lets the files be
 * swapped, and opens the restored file as the new store, while the desktop shell and the
 * loopback host keep the same App and API object. Calls that arrive meanwhile wait.
 */
export async function openApp(
  options: OpenDatabaseOptions & { checkInBackground?: boolean },
): Promise<App> {
  const isBackground = options.checkInBackground === true;
  let store = await openStore(options);
  let api = createApi(store);
  let switching: Promise<void> | null = null;
  let background: Promise<unknown> = Promise.resolve();

  const reopen = () => openStore({ ...options, mode: 'open' });
  const adopt = (next: Store) => {
    store = next;
    api = createApi(next);
    registerLiveDatabase(next, { replace });
    if (isBackground) {
      void checkIntegrityInBackground(next, next.key === undefined ? {} : { key: next.key });
    }
  };
  async function replace(swap: () => void, undo: () => void): Promise<void> {
    let done = () => {};
    switching = new Promise((resolve) => (done = resolve));
    try {
      store.sqlite.close();
      try {
        swap();
      } catch (error) {
        adopt(await reopen());
        throw error;
      }
      try {
        adopt(await reopen());
      } catch (error) {
        undo();
        adopt(await reopen());
        throw error;
      }
    } finally {
      switching = null;
      done();
    }
  }

  if (isBackground) checkSyncCrypto();
  adopt(store);
  if (isBackground) background = takeDailyBackupIfDue(store).catch(warnBackupFailed);
  return {
    api: {
      async invoke(method, input, lang) {
        while (switching) await switching;
        return api.invoke(method, input, lang);
      },
      authorise: (method) => api.authorise(method),
    },
    get store() {
      return store;
    },
    file: options.file,
    close: () => store.sqlite.close(),
    idle: async () => {
      await background;
    },
  };
}

/** One line for whoever reads the log; the reason's code only, never paths or records. */
function warnBackupFailed(error: unknown): void {
  const code = (error as { code?: unknown } | null)?.code;
  console.warn(`Přístav: backup not written (${typeof code === 'string' ? code : 'error'})`);
}
