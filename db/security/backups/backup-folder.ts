import { mkdirSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { PristavError } from '../../errors.ts';
import { readLocalMeta, writeLocalMeta } from '../../changes/index.ts';
import type { Store } from '../../store.ts';

/*
 * Where backups go is a fact of this computer (another disk, a USB stick as this PC mounts
 * it), so it is kept in local_meta, which never travels between offices, like the sync folder.
 */
const metaKey = 'backup_folder';

export interface BackupFolder {
  folder: string;
  /** Nothing chosen in Settings: `backups` beside the database file. */
  isDefault: boolean;
}

/** The default: a `backups` folder beside the database (better than nothing; not another disk). */
export function defaultBackupFolder(file: string): string {
  return join(dirname(resolve(file)), 'backups');
}

export function readBackupFolder(store: Store): BackupFolder {
  let chosen: string | undefined;
  try {
    chosen = readLocalMeta(store, metaKey) ?? undefined;
  } catch {
    // A file from before local_meta existed (a backup before its first upgrade): the default.
  }
  return chosen
    ? { folder: chosen, isDefault: false }
    : { folder: defaultBackupFolder(store.file), isDefault: true };
}

/** Saves the chosen folder (checked first); null goes back to the default. */
export function writeBackupFolder(store: Store, folder: string | null): void {
  if (folder !== null) requireChosenFolder(folder);
  writeLocalMeta(store, metaKey, folder);
}

/**
 * A folder someone typed or picked: a whole path (a relative one would depend on where the app
 * was started) to a folder that exists now. The app never creates it: a missing `E:\zalohy`
 * usually means the stick is not plugged in, and a folder made on C: instead would mislead.
 */
export function requireChosenFolder(folder: string): void {
  if (!isAbsolute(folder)) throw new PristavError('BACKUP_FOLDER_RELATIVE', { path: folder });
  if (!isFolder(folder)) throw new PristavError('BACKUP_FOLDER_MISSING', { path: folder });
}

/** The folder, ready to be written into: the default one is created when missing. */
export function prepareBackupFolder(target: BackupFolder): string {
  if (target.isDefault) mkdirSync(target.folder, { recursive: true });
  else requireChosenFolder(target.folder);
  return target.folder;
}

export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
