import { randomBytes } from 'node:crypto';
import type Sqlite from 'better-sqlite3-multiple-ciphers';

/**
 * A key the app generates: 256 random bits, written as SQLCipher's raw-key literal `x'…'`. It is
 * used with the SQLCipher scheme (version 4) and no key derivation: opening costs ~1 ms instead
 * of the ~120 ms of PBKDF2, and the key is random, so there is nothing for a KDF to stretch.
 * Any other text (PRISTAV_DB_KEY as before) is a passphrase for SQLite3 Multiple Ciphers'
 * default cipher, as it always was.
 */
const rawKeyPattern = /^x'[0-9a-f]{64}'$/i;

export function isRawKey(key: string): boolean {
  return rawKeyPattern.test(key);
}

/** A new random database key, in the form applyKey() and PRISTAV_DB_KEY accept. */
export function generateDatabaseKey(): string {
  return `x'${randomBytes(32).toString('hex')}'`;
}

/**
 * The pragmas that make a connection read the file with this key, in order. Worker threads get
 * the list (they run evaluated source and cannot import this module) and run each with
 * `db.pragma(text)`.
 */
export function keyPragmas(key: string | undefined): string[] {
  if (key === undefined) return [];
  const keyed = isRawKey(key)
    ? ["cipher = 'sqlcipher'", 'legacy = 4', `key = "${key}"`]
    : [`key = '${key.replaceAll("'", "''")}'`];
  // SQLite3 Multiple Ciphers does not encrypt temporary files: a VACUUM (after every erasure)
  // would copy every page in clear into /var/tmp, and a large sort or a statement journal
  // spill rows there. Kept in memory, they never reach the disk (test/db/security/encryption/
  // temp-files.test.ts); a VACUUM then holds a copy of the file in memory while it runs.
  return [...keyed, 'temp_store = MEMORY'];
}

/** Applies the key to a connection before its first read; undefined leaves a plain file. */
export function applyKey(sqlite: Sqlite.Database, key: string | undefined): void {
  for (const pragma of keyPragmas(key)) sqlite.pragma(pragma);
}

/**
 * Encrypts a plain database in place with a raw key (`rekey`). Only on a connection that is
 * the file's one connection: WAL is switched off first (SQLite3 Multiple Ciphers cannot rekey a
 * WAL database), and the caller reopens the file in WAL afterwards (configureDatabase()).
 */
export function encryptInPlace(sqlite: Sqlite.Database, key: string): void {
  if (!isRawKey(key)) throw new Error('encryptInPlace takes a raw key');
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.pragma('journal_mode = DELETE');
  sqlite.pragma("cipher = 'sqlcipher'");
  sqlite.pragma('legacy = 4');
  sqlite.pragma(`rekey = "${key}"`);
}
