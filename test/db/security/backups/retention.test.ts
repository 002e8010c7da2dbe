import { describe, expect, it } from 'vitest';
import {
  backupFileName,
  parseBackupFileName,
} from '../../../../db/security/backups/backup-name.ts';
import { backupsToRemove, isoWeek } from '../../../../db/security/backups/retention.ts';

/** A backup a day (at 9:00) from `first` for `days` days, plus any extra times. */
function daily(first: string, days: number, extra: string[] = []) {
  const start = Date.UTC(
    Number(first.slice(0, 4)),
    Number(first.slice(5, 7)) - 1,
    Number(first.slice(8)),
  );
  const times = Array.from(
    { length: days },
    (_, i) => `${new Date(start + i * 86_400_000).toISOString().slice(0, 10)}T09:00:00`,
  );
  return [...times, ...extra].map((takenAt) => ({ name: `b-${takenAt}`, takenAt }));
}

function kept(backups: { name: string; takenAt: string }[]) {
  const removed = new Set(backupsToRemove(backups));
  return backups
    .filter((backup) => !removed.has(backup.name))
    .map((backup) => backup.takenAt)
    .sort()
    .reverse();
}

describe('retention: 7 daily + 4 weekly + 12 monthly', () => {
  it('keeps everything while there are fewer backups than the rule keeps', () => {
    expect(backupsToRemove(daily('2026-12-01', 7))).toEqual([]);
    expect(backupsToRemove([])).toEqual([]);
  });

  it('keeps the newest of each day, week and month over two years of daily backups', () => {
    // 2025-01-01 (Wednesday) … 2026-12-03 (Thursday).
    const backups = daily('2025-01-01', 702);
    expect(backups.at(-1)!.takenAt).toBe('2026-12-03T09:00:00');
    expect(kept(backups)).toEqual([
      // the last 7 days
      '2026-12-03T09:00:00',
      '2026-12-02T09:00:00',
      '2026-12-01T09:00:00',
      '2026-11-30T09:00:00',
      '2026-11-29T09:00:00',
      '2026-11-28T09:00:00',
      '2026-11-27T09:00:00',
      // the newest of the 4 latest ISO weeks: this one (W49) and W48 are already kept; W47, W46
      '2026-11-22T09:00:00',
      '2026-11-15T09:00:00',
      // the newest of the 12 latest months: December and November are kept; October … January
      '2026-10-31T09:00:00',
      '2026-09-30T09:00:00',
      '2026-08-31T09:00:00',
      '2026-07-31T09:00:00',
      '2026-06-30T09:00:00',
      '2026-05-31T09:00:00',
      '2026-04-30T09:00:00',
      '2026-03-31T09:00:00',
      '2026-02-28T09:00:00',
      '2026-01-31T09:00:00',
    ]);
  });

  it('keeps only the newest backup of a day among many (sync, manual, daily)', () => {
    const backups = daily('2026-12-01', 1, [
      '2026-12-01T10:30:00',
      '2026-12-01T14:00:00',
      '2026-12-01T08:00:00',
    ]);
    expect(kept(backups)).toEqual(['2026-12-01T14:00:00']);
  });

  it('counts only periods that have a backup: a closed summer keeps what came before it', () => {
    const backups = [...daily('2026-06-20', 10), ...daily('2026-09-01', 3)];
    expect(kept(backups)).toEqual([
      '2026-09-03T09:00:00',
      '2026-09-02T09:00:00',
      '2026-09-01T09:00:00',
      '2026-06-29T09:00:00',
      '2026-06-28T09:00:00',
      '2026-06-27T09:00:00',
      '2026-06-26T09:00:00',
      // W26 (22–28 June) is kept through its Sunday the 28th; W25's newest is the 21st
      '2026-06-21T09:00:00',
    ]);
  });

  it('orders backups of the same second by their number', () => {
    const second = '2026-12-01T10:30:00';
    const backups = [
      { name: 'a-sync.sqlite', takenAt: second, sequence: 1 },
      { name: 'a-sync-10.sqlite', takenAt: second, sequence: 10 },
      { name: 'a-sync-2.sqlite', takenAt: second, sequence: 2 },
    ];
    expect(backupsToRemove(backups).sort()).toEqual(['a-sync-2.sqlite', 'a-sync.sqlite']);
  });

  it('never removes the newest backup, whatever the rule', () => {
    const backups = daily('2026-12-01', 3);
    expect(backupsToRemove(backups, { daily: 0, weekly: 0, monthly: 0 })).toEqual([
      'b-2026-12-02T09:00:00',
      'b-2026-12-01T09:00:00',
    ]);
  });

  it('numbers ISO weeks as ISO 8601 does at the turn of the year', () => {
    expect(isoWeek('2026-12-03T09:00:00')).toBe('2026-W49');
    expect(isoWeek('2027-01-01T09:00:00')).toBe('2026-W53');
    expect(isoWeek('2024-12-30T09:00:00')).toBe('2025-W01');
    expect(isoWeek('2021-01-03T09:00:00')).toBe('2020-W53');
  });
});

describe('backup file names', () => {
  it('say the site, the local date and time and the reason, and read back', () => {
    const name = backupFileName('Centrum Česká Lípa', new Date(2026, 11, 3, 9, 5, 7), 'daily');
    expect(name).toBe('pristav-centrum-ceska-lipa-2026-12-03-090507-daily.sqlite');
    expect(parseBackupFileName(name)).toEqual({
      site: 'centrum-ceska-lipa',
      day: '2026-12-03',
      takenAt: '2026-12-03T09:05:07',
      reason: 'daily',
      sequence: 1,
    });
    expect(parseBackupFileName('pristav-liberec-2026-12-03-090507-sync-2.sqlite')).toMatchObject({
      reason: 'sync',
      sequence: 2,
    });
  });

  it('are not mistaken for other files', () => {
    for (const name of [
      'pristav.sqlite',
      'pristav-liberec-2026-12-03-090507-daily.sqlite.partial',
      'pristav-liberec-2026-12-03-090507-weekly.sqlite',
      'zaloha.sqlite',
    ]) {
      expect(parseBackupFileName(name)).toBeNull();
    }
  });
});
