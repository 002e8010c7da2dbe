import { existsSync } from 'node:fs';
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
import { createSessionState } from './security/session.ts';
import { encryptDatabaseFile, isPlainDatabaseFile } from './security/database-keys/encrypt-file.ts';
import { setUpAdmin } from './security/database-keys/set-up-admin.ts';
import { findUserByName } from './security/user-queries.ts';

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

export interface OpenAppOptions extends OpenDatabaseOptions {
  checkInBackground?: boolean;
  /**
   * The desktop app and the loopback host: a database set up from the first-run form
   * (site.create or sync.join with the administrator's password) is encrypted at once, as
   * `init --password` encrypts it; `onEncrypted` gets the new key (the OS keystore keeps it).
   */
  encryptAtSetUp?: { onEncrypted?: (key: string) => void };
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
export async function openApp(options: OpenAppOptions): Promise<App> {
  const isBackground = options.checkInBackground === true;
  let store = await openStore(options);
  let key = options.key;
  let session = createSessionState();
  let api = createApi(store, session);
  let switching: Promise<void> | null = null;
  let background: Promise<unknown> = Promise.resolve();
  let checking: Promise<unknown> = Promise.resolve();

  const reopen = () =>
    openStore({ ...options, mode: 'open', ...(key === undefined ? {} : { key }) });
  const adopt = (next: Store) => {
    store = next;
    api = createApi(next, session);
    registerLiveDatabase(next, { replace });
    if (isBackground) {
      checking = checkIntegrityInBackground(next, next.key === undefined ? {} : { key: next.key });
    }
  };
  /** Calls that arrive while the file is closed wait until `work` has opened it again. */
  async function whileClosed(work: () => Promise<void>): Promise<void> {
    let done = () => {};
    switching = new Promise((resolve) => (done = resolve));
    try {
      await work();
    } finally {
      switching = null;
      done();
    }
  }
  function replace(swap: () => void, undo: () => void): Promise<void> {
    // A restored file has its own users: whoever was signed in signs in again.
    session = createSessionState();
    return whileClosed(async () => {
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
    });
  }
  /**
   * The first-run form's new database is encrypted as `init --password` encrypts it: the file
   * is closed (the integrity check's own connection too: a rekey needs the file to itself),
   * encrypted in place with a key wrapped for the administrator, and opened again with the key.
   * The session goes on, so the administrator stays signed in.
   */
  function encryptAfterSetUp(admin: { name: string; password: string }): Promise<void> {
    if (key !== undefined || !existsSync(options.file) || !isPlainDatabaseFile(options.file)) {
      return Promise.resolve();
    }
    const user = findUserByName(store, admin.name);
    if (user === null) return Promise.resolve();
    return whileClosed(async () => {
      await Promise.all([checking, background]);
      store.sqlite.close();
      try {
        key = await encryptDatabaseFile(options.file, user, admin.password);
      } finally {
        // With the new key; as it was when the encryption failed before the file changed.
        adopt(await reopen());
      }
      if (key !== undefined) options.encryptAtSetUp?.onEncrypted?.(key);
    });
  }

  if (isBackground) checkSyncCrypto();
  adopt(store);
  if (isBackground) background = takeDailyBackupIfDue(store).catch(warnBackupFailed);
  return {
    api: {
      async invoke(method, input, lang) {
        while (switching) await switching;
        const result = await api.invoke(method, input, lang);
        const admin = options.encryptAtSetUp && result.ok ? setUpAdmin(method, input) : null;
        if (admin !== null) await encryptAfterSetUp(admin).catch(warnNotEncrypted);
        return result;
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

/**
 * The site is set up either way; a failure here (a full disk) leaves the file plain, as it was,
 * and `pristav encrypt` converts it later. Only the reason's name goes to the log.
 */
function warnNotEncrypted(error: unknown): void {
  const code = (error as { code?: unknown } | null)?.code;
  console.warn(
    `Přístav: the new database was not encrypted (${typeof code === 'string' ? code : 'error'})`,
  );
}

/** One line for whoever reads the log; the reason's code only, never paths or records. */
function warnBackupFailed(error: unknown): void {
  const code = (error as { code?: unknown } | null)?.code;
  console.warn(`Přístav: backup not written (${typeof code === 'string' ? code : 'error'})`);
}
