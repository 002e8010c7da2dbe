import { addDays, isWeekend } from './release-2010-calendar.ts';

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm). */
function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Czech public holidays of a year: the fixed ones, Good Friday and Easter Monday. */
export function czechHolidays(year: number): Set<string> {
  const fixed = ['01-01', '05-01', '05-08', '07-05', '07-06', '09-28', '10-28', '11-17'];
  const christmas = ['12-24', '12-25', '12-26'];
  const easter = easterSunday(year);
  return new Set([
    ...[...fixed, ...christmas].map((day) => `${year}-${day}`),
    addDays(easter, -2),
    addDays(easter, 1),
  ]);
}

/** The working days of a year on which the offices are open (from 2 January). */
export function officeDaysOf(year: number, holidays: Set<string>): string[] {
  const days: string[] = [];
  // Counted, not compared as text: a walk that stops on string order never ends past 9999.
  const count = daysBetween(`${year}-01-02`, `${year}-12-31`);
  for (let offset = 0; offset <= count; offset++) {
    const date = addDays(`${year}-01-02`, offset);
    if (!isWeekend(date) && !holidays.has(date)) days.push(date);
  }
  return days;
}

export interface Term {
  label: string;
  start: string;
  end: string;
}

/** Courses run in a spring and an autumn term; both stop before the summer and Christmas. */
export function termsOf(year: number): [Term, Term] {
  return [
    { label: 'jaro', start: `${year}-02-02`, end: `${year}-06-12` },
    { label: 'podzim', start: `${year}-09-14`, end: `${year}-12-18` },
  ];
}

/** Days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
