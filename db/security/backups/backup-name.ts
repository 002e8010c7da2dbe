import { backupReasons, type BackupReason } from '../../contract/backups.ts';

/**
 * `pristav-liberec-2026-12-03-091500-daily.sqlite`: the site, the local date and time and the
 * reason can be read in any file manager, and names sort by time within a site. ASCII only:
 * a USB stick formatted FAT takes it on any system. A second backup within the same second
 * gets `-2`, `-3`… (see takeBackup), never another's name.
 */
export function backupFileName(siteName: string, at: Date, reason: BackupReason): string {
  return `pristav-${siteSlug(siteName)}-${localStamp(at, '-')}-${reason}.sqlite`;
}

/** `2026-12-03-091500` (or `20261203-091500` without a separator): local time, as people read it. */
export function localStamp(at: Date, separator = ''): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = [at.getFullYear(), pad(at.getMonth() + 1), pad(at.getDate())].join(separator);
  return `${day}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
}

/** The same name with `-N` before the extension, for a second backup within one second. */
export function numberedName(name: string, number: number): string {
  return name.replace(/\.sqlite$/, `-${number}.sqlite`);
}

export interface ParsedBackupName {
  site: string;
  /** Local `YYYY-MM-DD`. */
  day: string;
  /** Local `YYYY-MM-DDTHH:MM:SS`. */
  takenAt: string;
  /** Null only for a file not named by Přístav (restore-backup.ts). */
  reason: BackupReason | null;
  /** 1, or N for the `-N` of a later backup within the same second. */
  sequence: number;
}

const pattern = new RegExp(
  `^pristav-([a-z0-9-]+)-(\\d{4}-\\d{2}-\\d{2})-(\\d{2})(\\d{2})(\\d{2})-(${backupReasons.join('|')})(?:-(\\d+))?\\.sqlite$`,
);

/** What a backup's name says; null for any other file (such files are never listed or removed). */
export function parseBackupFileName(name: string): ParsedBackupName | null {
  const match = pattern.exec(name);
  if (!match) return null;
  const [, site, day, hours, minutes, seconds, reason, sequence] = match;
  return {
    site: site!,
    day: day!,
    takenAt: `${day}T${hours}:${minutes}:${seconds}`,
    reason: reason as BackupReason,
    sequence: sequence === undefined ? 1 : Number(sequence),
  };
}

export function siteSlug(name: string): string {
  return (
    name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 30)
      .replace(/-$/, '') || 'site'
  );
}
