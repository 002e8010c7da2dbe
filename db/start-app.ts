import { existsSync } from 'node:fs';
import { createUnavailableApi, toApiError, type Api } from './api.ts';
import type { Language } from './contract/language.ts';
import { isMethodName } from './contract/method-names.ts';
import { inputSchemas } from './contract/methods.ts';
import type { Result } from './contract/result.ts';
import { formatIssues } from './contract/validation-messages.ts';
import { PristavError } from './errors.ts';
import { openApp, type App } from './open-app.ts';
import { isPlainDatabaseFile } from './security/database-keys/encrypt-file.ts';
import { keyFilePath, readKeyFile, unwrapWithPassword } from './security/database-keys/key-file.ts';
import {
  forgetKeptKey,
  keepKey,
  readKeptKey,
  type OsKeystore,
} from './security/database-keys/os-keystore.ts';
import { unlockDatabaseKey } from './security/database-keys/unlock-key.ts';
import { unlockAttempts } from './security/database-keys/unlock-attempts.ts';

/*
 * How the desktop app and the loopback host start on their database (issue 12, "locked
 * start"). A plain or new file opens at once. An encrypted file with a key file beside it opens
 * with a key from, in turn: PRISTAV_DB_KEY; the OS keystore (Electron's safeStorage, where the
 * OS has one); PRISTAV_USER and PRISTAV_PASSWORD (scripts). Otherwise it is not opened at all:
 * every call answers DB_LOCKED ("Databáze je zašifrovaná — přihlaste se") except
 * `database.unlock`, whose name and password unwrap the key from the key file, open the file
 * and sign that person in, in one step. A wrong password opens nothing and counts towards the
 * sign-in's delay (its count kept beside the file: unlock-attempts.ts). From then on the
 * opened app answers every call, `database.unlock` included (a sign-in).
 */

export interface StartOptions {
  file: string;
  /** PRISTAV_DB_KEY: opens any file, as in the CLI. */
  dbKey?: string;
  /** PRISTAV_USER and PRISTAV_PASSWORD: unwrap the key at start; a wrong pair locks. */
  credentials?: { userName: string; password: string };
  /** The OS keystore (the desktop app, where the OS has one): keeps the key between starts. */
  keystore?: OsKeystore;
  /** The unlock delay's clock (tests). */
  now?: () => number;
}

export interface StartedApp {
  /** Answers at once: DB_LOCKED while locked, the reason while the file cannot be used. */
  api: Api;
  /** The open database; null while locked or unusable. */
  readonly app: App | null;
  close(): void;
}

export async function startApp(options: StartOptions): Promise<StartedApp> {
  const open = (key: string | undefined) =>
    openApp({
      file: options.file,
      mode: 'open-or-create',
      checkInBackground: true,
      ...(key === undefined ? {} : { key }),
      encryptAtSetUp: { onEncrypted: (created) => keep(options, created) },
    });
  try {
    if (options.dbKey !== undefined || !isEncrypted(options.file)) {
      return opened(await open(options.dbKey));
    }
    const kept = options.keystore && readKeptKey(options.file, options.keystore);
    if (kept !== undefined) {
      const app = await open(kept).catch(dropStaleKey(options.file));
      if (app !== null) return opened(app);
    }
    // Without a key file there is nothing to unwrap: the file gives the usual line (a wrong
    // or missing PRISTAV_DB_KEY).
    if (readKeyFile(keyFilePath(options.file)) === null) return opened(await open(undefined));
    const fromEnv = await unlockDatabaseKey(options.file, options.credentials).catch(() => {
      console.warn('Přístav: PRISTAV_USER/PRISTAV_PASSWORD do not open the database');
      return undefined;
    });
    if (fromEnv !== undefined) {
      const app = await open(fromEnv);
      keep(options, fromEnv);
      return opened(app);
    }
    return lockedStart(options, open);
  } catch (error) {
    // The one clear reason (DB_CORRUPT, DB_TOO_NEW, a damaged key file…) answers every call.
    return { api: createUnavailableApi(error, options.file), app: null, close: () => {} };
  }
}

/** A file that is there and not a plain SQLite file (a new one is created plain). */
function isEncrypted(file: string): boolean {
  return existsSync(file) && !isPlainDatabaseFile(file);
}

function opened(app: App): StartedApp {
  return { api: app.api, app, close: () => app.close() };
}

function keep(options: StartOptions, key: string): void {
  if (options.keystore) keepKey(options.file, key, options.keystore);
}

/** A kept key that does not open the file (another database now at its path) is forgotten. */
function dropStaleKey(file: string) {
  return (error: unknown): null => {
    if ((error as { code?: unknown }).code !== 'DB_UNREADABLE') throw error;
    forgetKeptKey(file);
    return null;
  };
}

function lockedStart(options: StartOptions, open: (key: string) => Promise<App>): StartedApp {
  const attempts = unlockAttempts(options.file, options.now);
  let app: App | null = null;
  // One unlock at a time: two windows (or a double click) must not open the file twice.
  let queue: Promise<unknown> = Promise.resolve();

  async function unlock(input: unknown, lang: Language): Promise<Result<unknown>> {
    if (app) return app.api.invoke('database.unlock', input, lang);
    const parsed = inputSchemas['database.unlock'].safeParse(input ?? undefined);
    if (!parsed.success) {
      const details = formatIssues(parsed.error.issues, lang);
      return refusal(new PristavError('VALIDATION', { details }), lang);
    }
    const { userName, password } = parsed.data;
    try {
      const wait = attempts.waitBeforeAttempt(userName);
      if (wait > 0) throw new PristavError('SIGN_IN_WAIT', { seconds: Math.ceil(wait / 1000) });
      const keyFile = readKeyFile(keyFilePath(options.file));
      const key = keyFile && (await unwrapWithPassword(keyFile, userName, password));
      if (!key) {
        attempts.recordFailure(userName);
        throw new PristavError('SIGN_IN_FAILED');
      }
      attempts.clearFailures(userName);
      app = await open(key);
      keep(options, key);
    } catch (error) {
      return refusal(error, lang);
    }
    // The open database signs the person in, with its own checks (a disabled user, the delay
    // after failed sign-ins). Should it refuse — the password was changed at another office
    // and this key file still holds the old one — the file stays open and the next try is an
    // ordinary sign-in.
    return app.api.invoke('database.unlock', parsed.data, lang);
  }

  return {
    api: {
      invoke(method, input, lang) {
        if (app) return app.api.invoke(method, input, lang);
        if (!isMethodName(method)) {
          return Promise.resolve(refusal(new PristavError('UNKNOWN_METHOD', { method }), lang));
        }
        if (method !== 'database.unlock') {
          return Promise.resolve(refusal(new PristavError('DB_LOCKED'), lang));
        }
        const next = queue.then(() => unlock(input, lang));
        queue = next.catch(() => {});
        return next;
      },
      authorise(method) {
        if (app) return app.api.authorise(method);
        throw new PristavError('DB_LOCKED');
      },
    },
    get app() {
      return app;
    },
    close: () => app?.close(),
  };
}

function refusal(error: unknown, lang: Language): Result<never> {
  return { ok: false, error: toApiError(error, lang) };
}
