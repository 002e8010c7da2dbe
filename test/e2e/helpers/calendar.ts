/** Calendar days as the course screens name them, computed in UTC so no time zone shifts them. */

const isoWeekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay() || 7;

/** The day `days` after (or before) an ISO day. */
export function shiftDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Days between two dates (inclusive) that fall on the given ISO weekdays. */
export function countWeekdays(from: string, to: string, weekdays: number[]): number {
  let count = 0;
  for (let day = from; day <= to; day = shiftDays(day, 1)) {
    if (weekdays.includes(isoWeekday(day))) count++;
  }
  return count;
}

/** The first day on or after `from` that falls on an ISO weekday. */
export function firstWeekdayFrom(from: string, weekday: number): string {
  let day = from;
  while (isoWeekday(day) !== weekday) day = shiftDays(day, 1);
  return day;
}

/** "St 11. 11. 2026", as the lessons are named on the page. */
export function lessonDay(iso: string): string {
  return `${['Po', 'Út', 'St', 'Čt', 'Pá', 'So', 'Ne'][isoWeekday(iso) - 1]} ${czechDate(iso)}`;
}

/** "2026-11-24" as a Czech worker types it: "24. 11. 2026". */
export function czechDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day}. ${month}. ${year}`;
}
