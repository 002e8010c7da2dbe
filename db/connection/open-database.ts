import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Sqlite from 'better-sqlite3-multiple-ciphers';
import { PristavError } from '../errors.ts';
import { applyKey } from './database-key.ts';

export type OpenMode = 'open' | 'create' | 'open-or-create';

export interface OpenDatabaseOptions {
  file: string;
  mode: OpenMode;
  /**
   * Encryption key: a raw key `x'…'` (SQLCipher scheme, database-key.ts) or a passphrase
   * (SQLite3 Multiple Ciphers' default cipher); none means a plain file.
   */
  key?: string;
}

/**
 * Opens the file and checks it before anything is written to it: a wrong path, a file that is
 * not a database, a wrong key or an unreadable schema each end in a PristavError, and the file
 * is left exactly as it was. Pragmas that write (WAL) are set by configureDatabase() afterwards.
 * Only cheap checks run here (the header, the key, the schema page): they cost the same for any
 * size. The page-by-page check reads the whole file — 18 s a GB from a cold disk — so it runs
 * after start without blocking anyone (integrity-check.ts), or on demand (`pristav check`).
 */
export function openCheckedDatabase(options: OpenDatabaseOptions): Sqlite.Database {
  const { file, mode } = options;
  const exists = existsSync(file);
  if (mode === 'open' && !exists) throw new PristavError('DB_NOT_FOUND', { path: file });
  if (mode === 'create' && exists) throw new PristavError('DB_ALREADY_EXISTS', { path: file });
  if (!exists && !isDirectory(dirname(file))) {
    throw new PristavError('DB_FOLDER_NOT_FOUND', { path: file });
  }
  if (exists && !statSync(file).isFile()) throw new PristavError('DB_UNREADABLE', { path: file });

  let sqlite: Sqlite.Database;
  try {
    sqlite = new Sqlite(file, { fileMustExist: exists });
  } catch (error) {
    throw translateOpenError(error, file);
  }
  try {
    applyKey(sqlite, options.key);
    // Reading the schema decrypts and parses page 1 and the schema table: a wrong key, a file
    // that is no database or a damaged schema fails here.
    sqlite.prepare('SELECT count(*) FROM sqlite_master').pluck().get();
    return sqlite;
  } catch (error) {
    sqlite.close();
    throw translateOpenError(error, file);
  }
}

/** Pragmas for every connection: these records matter more than the last millisecond. */
export function configureDatabase(sqlite: Sqlite.Database): void {
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('secure_delete = ON');
  // A large sort (a year's report groups ~2 million acts) may use a second core: ~20 % faster.
  sqlite.pragma('threads = 2');
}

function translateOpenError(error: unknown, file: string): unknown {
  if (error instanceof PristavError) return error;
  const code = (error as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB') return new PristavError('DB_UNREADABLE', { path: file });
  if (code.startsWith('SQLITE_CORRUPT')) {
    return new PristavError('DB_CORRUPT', { path: file, detail: (error as Error).message });
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new PristavError('DB_BUSY', { path: file });
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_IOERR')) {
    return new PristavError('DB_UNREADABLE', { path: file });
  }
  return error;
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}
