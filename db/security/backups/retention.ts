/** How many backups are kept: the newest of each of the last 7 days, 4 weeks and 12 months. */
export const retentionRule = { daily: 7, weekly: 4, monthly: 12 } as const;

export interface RetentionRule {
  daily: number;
  weekly: number;
  monthly: number;
}

export interface DatedBackup {
  name: string;
  /** Local `YYYY-MM-DDTHH:MM:SS`, as in the file name. */
  takenAt: string;
  /** 2, 3… for a second and third backup within the same second (`-2` in the name). */
  sequence?: number;
}

/**
 * The backups to remove, by name. For each of the last `daily` days that have a backup the
 * newest of that day stays, likewise for ISO weeks and calendar months (as restic's
 * --keep-daily/--keep-weekly/--keep-monthly: periods without a backup do not count, so a
 * office closed for a month keeps the backups from before it). The newest backup always stays,
 * whatever the rule. Pure: dates come from the names, in the office's local time.
 */
export function backupsToRemove(
  backups: readonly DatedBackup[],
  rule: RetentionRule = retentionRule,
): string[] {
  const newestFirst = [...backups].sort((a, b) =>
    a.takenAt === b.takenAt
      ? (b.sequence ?? 1) - (a.sequence ?? 1)
      : b.takenAt < a.takenAt
        ? -1
        : 1,
  );
  const kept = new Set<string>();
  if (newestFirst[0]) kept.add(newestFirst[0].name);
  const periods: [number, (takenAt: string) => string][] = [
    [rule.daily, (takenAt) => takenAt.slice(0, 10)],
    [rule.weekly, isoWeek],
    [rule.monthly, (takenAt) => takenAt.slice(0, 7)],
  ];
  for (const [limit, periodOf] of periods) {
    const seen = new Set<string>();
    for (const backup of newestFirst) {
      if (seen.size >= limit) break;
      const period = periodOf(backup.takenAt);
      if (seen.has(period)) continue;
      seen.add(period);
      kept.add(backup.name);
    }
  }
  return newestFirst.filter((backup) => !kept.has(backup.name)).map((backup) => backup.name);
}

/** `2026-W49`: the ISO week (Monday to Sunday; week 1 holds the year's first Thursday). */
export function isoWeek(takenAt: string): string {
  const day = Date.UTC(
    Number(takenAt.slice(0, 4)),
    Number(takenAt.slice(5, 7)) - 1,
    Number(takenAt.slice(8, 10)),
  );
  const msPerDay = 86_400_000;
  const weekday = (new Date(day).getUTCDay() + 6) % 7;
  const thursday = new Date(day + (3 - weekday) * msPerDay);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * msPerDay)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
