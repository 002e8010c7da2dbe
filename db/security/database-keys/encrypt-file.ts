import { closeSync, openSync, readSync } from 'node:fs';
import Sqlite from 'better-sqlite3-multiple-ciphers';
import { applyKey, encryptInPlace, generateDatabaseKey } from '../../connection/database-key.ts';
import { emptyKeyFile, keyFilePath, withEntry, wrapForPassword, writeKeyFile } from './key-file.ts';

/** Whether the file starts with SQLite's plain header, i.e. is not encrypted. */
export function isPlainDatabaseFile(file: string): boolean {
  const head = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  return head.toString('latin1') === 'SQLite format 3\u0000';
}

/**
 * Encrypts a plain database file in place with a new random key, wrapped for one user in the
 * key file beside it. No other connection may be open on the file. The key file is written
 * first: a crash between the two leaves a plain file and a key file, which opens as a plain
 * file (cli-context.ts) and is encrypted by running this again; the other order could leave
 * an encrypted file whose key is lost. Returns the key.
 */
export async function encryptDatabaseFile(
  file: string,
  user: { id: string; name: string },
  password: string,
): Promise<string> {
  const key = generateDatabaseKey();
  writeKeyFile(
    keyFilePath(file),
    withEntry(emptyKeyFile(), await wrapForPassword(key, user, password)),
  );
  const sqlite = new Sqlite(file, { fileMustExist: true });
  try {
    encryptInPlace(sqlite, key);
  } finally {
    sqlite.close();
  }
  // Read back with the key before anyone relies on it.
  const check = new Sqlite(file, { fileMustExist: true, readonly: true });
  try {
    applyKey(check, key);
    const result = check.pragma('quick_check', { simple: true });
    if (result !== 'ok') throw new Error(`encrypted file failed its check: ${String(result)}`);
  } finally {
    check.close();
  }
  return key;
}
