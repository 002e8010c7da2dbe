import { copyFileSync, existsSync, linkSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { PristavError } from '../../errors.ts';
import { localStamp } from './backup-name.ts';
import { flushFile, flushFolder } from './flush.ts';

/** SQLite's companions of a database file: they belong to the name, so they move with it. */
const companions = ['-wal', '-shm'];

/**
 * `pristav.before-restore-20261203-091500.sqlite`, beside the database; `…-2.sqlite` for a
 * second restore within the same second, which must not overwrite the first one's.
 */
export function keptAsideName(file: string, at: Date): string {
  const extension = extname(file);
  const base = join(dirname(file), `${basename(file, extension)}.before-restore-${localStamp(at)}`);
  let name = `${base}${extension}`;
  for (let number = 2; existsSync(name); number++) name = `${base}-${number}${extension}`;
  return name;
}

/**
 * A copy of the backup beside the database (`….restoring`), flushed: the backup itself stays
 * where it is, and the final step is then a rename within one folder, which cannot be cut in
 * half.
 */
export function stageBackup(backup: string, file: string): string {
  const staged = `${file}.restoring`;
  rmSync(staged, { force: true });
  try {
    copyFileSync(backup, staged);
    flushFile(staged);
    if (statSync(staged).size !== statSync(backup).size) throw new Error('short copy');
    return staged;
  } catch (error) {
    rmSync(staged, { force: true });
    throw new PristavError('RESTORE_FAILED', { path: backup, detail: (error as Error).message });
  }
}

/**
 * Puts the staged backup in the database's place and keeps the current file aside. The current
 * file first gets a second name (a hard link; a copy where the disk has none), then the staged
 * file replaces it in one rename: at every moment the database's name holds a whole database,
 * so a crash midway leaves either the old file or the restored one, never none. Its -wal and
 * -shm are moved aside with it: left behind, SQLite would replay the old WAL into the restored
 * file. Throws after undoing what it did.
 */
export function swapInBackup(file: string, staged: string, aside: string): void {
  const moved: string[] = [];
  const hadFile = existsSync(file);
  try {
    if (hadFile) keepSecondName(file, aside);
    for (const suffix of companions) {
      if (!existsSync(file + suffix)) continue;
      renameSync(file + suffix, aside + suffix);
      moved.push(suffix);
    }
    renameSync(staged, file);
    flushFolder(dirname(file));
  } catch (error) {
    for (const suffix of moved) renameSync(aside + suffix, file + suffix);
    if (hadFile) rmSync(aside, { force: true });
    throw new PristavError('RESTORE_FAILED', { path: staged, detail: (error as Error).message });
  }
}

/** Puts the kept-aside file back under the database's name (the restored file is dropped). */
export function undoSwap(file: string, aside: string): void {
  if (!existsSync(aside)) return;
  for (const suffix of companions) rmSync(file + suffix, { force: true });
  renameSync(aside, file);
  for (const suffix of companions) {
    if (existsSync(aside + suffix)) renameSync(aside + suffix, file + suffix);
  }
  flushFolder(dirname(file));
}

function keepSecondName(file: string, aside: string): void {
  try {
    linkSync(file, aside);
  } catch {
    copyFileSync(file, aside);
    flushFile(aside);
  }
}
