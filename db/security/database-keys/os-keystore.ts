import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { isRawKey } from '../../connection/database-key.ts';

/*
 * The database key kept by the operating system's keystore (issue 12: "in Electron the key is
 * kept with safeStorage"), so that the desktop app opens its database at start without asking
 * for a password to unwrap the key — people still sign in as usual. The keystore seals the key
 * with a secret of this OS account (DPAPI on Windows, the Keychain on macOS, the Secret Service
 * or KWallet on Linux); the sealed bytes are kept beside the database in
 * `pristav.sqlite.keys.os`, which opens nothing on another computer or for another account.
 *
 * Only electron/ knows how the keystore is reached (electron/os-keystore.ts wraps safeStorage);
 * this module takes it as a plain object, so tests give it one of their own.
 */

/** What the desktop shell offers where the OS has a keystore. */
export interface OsKeystore {
  seal(text: string): Buffer;
  /** Throws when the bytes were not sealed by this keystore (another account, another PC). */
  open(sealed: Buffer): string;
}

const format = 'pristav-db-key-os';

export function keptKeyPath(databaseFile: string): string {
  return `${databaseFile}.keys.os`;
}

/**
 * The database key the keystore kept for this file, or undefined: none kept, a file that is not
 * one of ours, or one the keystore cannot open (copied from another computer or account). The
 * caller then asks for a password as where there is no keystore.
 */
export function readKeptKey(databaseFile: string, keystore: OsKeystore): string | undefined {
  const path = keptKeyPath(databaseFile);
  if (!existsSync(path)) return undefined;
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as { format?: unknown; sealed?: unknown };
    if (parsed.format !== format || typeof parsed.sealed !== 'string') return undefined;
    const key = keystore.open(Buffer.from(parsed.sealed, 'base64'));
    return isRawKey(key) ? key : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Keeps the key for the next start: after the first unlock with a password, or when the
 * first-run form has just encrypted a new database. Written under a temporary name and renamed,
 * mode 0600. A keystore that fails now only means a password is asked next time: it is
 * reported, not thrown.
 */
export function keepKey(databaseFile: string, key: string, keystore: OsKeystore): boolean {
  if (!isRawKey(key)) return false;
  const path = keptKeyPath(databaseFile);
  const partial = `${path}.partial`;
  try {
    const sealed = keystore.seal(key).toString('base64');
    writeFileSync(partial, JSON.stringify({ format, version: 1, sealed }) + '\n', { mode: 0o600 });
    renameSync(partial, path);
    return true;
  } catch (error) {
    rmSync(partial, { force: true });
    console.warn(`Přístav: the OS keystore did not keep the key (${(error as Error).name})`);
    return false;
  }
}

/** A kept key that no longer opens the file (another database now at its path) is dropped. */
export function forgetKeptKey(databaseFile: string): void {
  rmSync(keptKeyPath(databaseFile), { force: true });
}
