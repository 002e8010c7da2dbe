import type { BackupEntry, Language } from '../../../db/contract/index.ts';

const locales: Record<Language, string> = { cs: 'cs-CZ', en: 'en-GB' };

/**
 * "3. 12. 2026 9:15" / "3 Dec 2026, 09:15": a backup's local time as its name holds it. Built
 * and formatted in UTC, so the browser's time zone cannot move it.
 */
export function formatTakenAt(takenAt: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(takenAt);
  if (!match) return takenAt;
  const [, year, month, day, hours, minutes] = match.map(Number);
  const date = new Date(Date.UTC(year!, month! - 1, day!, hours!, minutes!));
  return new Intl.DateTimeFormat(locales[language], {
    day: 'numeric',
    month: language === 'cs' ? 'numeric' : 'short',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(date);
}

/** "5,7 MB": a file's size as a person reads it. */
export function formatBytes(bytes: number, language: Language): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${new Intl.NumberFormat(locales[language], { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}

/** The counts, as the placeholders of `backups.restore.countsValue`. */
export function countsOf(entry: BackupEntry): Record<string, number> {
  return { ...(entry.counts ?? { clients: 0, acts: 0, courses: 0, loans: 0 }) };
}
