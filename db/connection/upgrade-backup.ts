import { closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import Sqlite from 'better-sqlite3-multiple-ciphers';
import { PristavError } from '../errors.ts';
import { applyKey } from './database-key.ts';

/** Tables whose rows mean someone has worked in this file (a bare schema needs no backup). */
const tablesWithWork = ['sites', 'ops', 'clients', 'local_meta'];

export function hasData(sqlite: Sqlite.Database): boolean {
  const existing = sqlite
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table'
       AND name IN (${tablesWithWork.map(() => '?').join(', ')})`,
    )
    .pluck()
    .all(...tablesWithWork) as string[];
  return existing.some((table) =>
    Boolean(sqlite.prepare(`SELECT EXISTS (SELECT 1 FROM "${table}")`).pluck().get()),
  );
}

/** `pristav.sqlite.v9-20261202-162000.bak`: the version it holds and when it was taken. */
export function upgradeBackupPath(file: string, from: number, now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `${file}.v${from}-${stamp}.bak`;
}

/**
 * A copy of the database as it is before an upgrade changes it. VACUUM INTO reads one
 * consistent snapshot (WAL included) and writes it with the same cipher and key, so the copy is
 * no more readable than the file. It is written beside the file under a temporary name,
 * flushed, opened and checked, and only then renamed: a backup that exists is a good one.
 */
export function backupBeforeUpgrade(
  sqlite: Sqlite.Database,
  options: { file: string; from: number; key?: string; now?: Date },
): string | null {
  if (!hasData(sqlite)) return null;
  const target = upgradeBackupPath(options.file, options.from, options.now);
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  try {
    sqlite.prepare('VACUUM INTO ?').run(partial);
    syncFile(partial);
    verifyBackup(partial, options.from, options.key);
    renameSync(partial, target);
    syncFile(dirname(target));
    return target;
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

function verifyBackup(file: string, version: number, key: string | undefined): void {
  const copy = new Sqlite(file, { fileMustExist: true });
  try {
    applyKey(copy, key);
    const check = copy.pragma('quick_check', { simple: true });
    const applied = copy
      .prepare(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'kysely_migration'",
      )
      .pluck()
      .get()
      ? (copy.prepare('SELECT count(*) FROM kysely_migration').pluck().get() as number)
      : 0;
    if (check !== 'ok' || applied !== version) {
      throw new PristavError('DB_CORRUPT', {
        path: file,
        detail: check === 'ok' ? `schema ${applied} ≠ ${version}` : String(check),
      });
    }
  } finally {
    copy.close();
  }
}

/** Flushes a file or a folder entry to the disk, so a power cut cannot undo what we wrote. */
function syncFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
