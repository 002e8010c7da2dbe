import type { OpeningHours } from './opening-hours.ts';
import type { Role } from './users.ts';

/** Domain types the API returns; row types stay inside db/. */

export interface Site {
  id: string;
  name: string;
  town: string;
  isHq: boolean;
}

export interface User {
  id: string;
  name: string;
  role: Role;
}

export interface AppInfo {
  version: string;
  schemaVersion: number;
  site: Site | null;
  user: User | null;
  counts: { ops: number; sites: number; users: number };
  /** The page-by-page check that runs after start; a failure stops writes. */
  health: DatabaseHealth;
}

/** Outcome of the database's integrity check (the cheap checks at open passed already). */
export type DatabaseHealth =
  | { state: 'unchecked' | 'checking' }
  | { state: 'ok'; checkedAt: string }
  | { state: 'failed'; checkedAt: string; detail: string };

/** Where this computer keeps the database and its backups (Settings shows it). */
export interface StorageInfo {
  databaseFile: string;
  backupFolder: string;
  /** No folder chosen: `backups` beside the database. */
  isDefaultBackupFolder: boolean;
  /** Whether the database file is encrypted at rest. */
  isEncrypted: boolean;
}

export interface Settings {
  organisationName: string;
  fundingLine: string;
  defaultLanguage: 'cs' | 'en';
  /** The retention rule: clients with no act for this many years are listed for anonymising. */
  retentionYears: number;
  /** Days a book is lent for, and a renewal adds. */
  loanDays: number;
  /** Monday first; null = closed that day. */
  openingHours: OpeningHours;
}
