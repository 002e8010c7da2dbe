import { z } from 'zod';
import type { ApiError } from './errors.ts';

/** Backups of the database file and restoring one (issue 12): the API's inputs and outputs. */

/** Why a backup was taken; the word is part of its file name. */
export const backupReasons = ['daily', 'migration', 'sync', 'manual'] as const;
export type BackupReason = (typeof backupReasons)[number];

/** A path on this computer; the handler checks that it is a whole path to a folder that exists. */
const path = z.string().min(1, { error: 'required' }).max(4096);

/** `pristav backup --to DIR`: another folder than the one set in Settings, for this once. */
export const backupTakeInput = z.strictObject({ folder: path.optional() });

/** The folder from Settings; null goes back to the default, `backups` beside the database. */
export const backupFolderInput = z.strictObject({ folder: path.nullable() });

/** A backup file, as `backups.list` gives it or as typed after `pristav restore`. */
export const backupRestoreInput = z.strictObject({ file: path });

/** What a backup holds, counted when it is listed: records not deleted. */
export interface BackupCounts {
  clients: number;
  /** Acts recorded by hand (service_acts); attendance and loans are counted on their own. */
  acts: number;
  courses: number;
  loans: number;
}

export interface BackupEntry {
  /** The whole path, as `backups.restore` and `pristav restore` take it. */
  file: string;
  name: string;
  /** Local date and time the backup was taken (from its name), `YYYY-MM-DDTHH:MM:SS`. */
  takenAt: string;
  /** Null for a file restored under a name of its own (a copy renamed by hand). */
  reason: BackupReason | null;
  bytes: number;
  site: { id: string; name: string; town: string } | null;
  schemaVersion: number | null;
  counts: BackupCounts | null;
  /**
   * Why this database cannot be restored from it (another site, another key, not a Přístav
   * database…), or null. Damage is found only when a backup is verified or restored: listing
   * does not read every page.
   */
  problem: ApiError | null;
}

export interface BackupList {
  folder: string;
  /** No folder chosen in Settings: `backups` beside the database file. */
  isDefaultFolder: boolean;
  /** False when the folder cannot be reached (a USB stick not plugged in). */
  isFolderAvailable: boolean;
  /** Newest first. */
  backups: BackupEntry[];
}

export interface BackupTaken {
  backup: BackupEntry;
  /** Older backups the retention rule removed (7 daily + 4 weekly + 12 monthly). */
  removed: string[];
}

export interface RestoreResult {
  restored: BackupEntry;
  /**
   * Where the file that was replaced now lies, beside the database (its -wal and -shm too);
   * null when there was no file (`pristav restore` onto a missing database).
   */
  keptAside: string | null;
}
