/**
 * The calendar days the app accepts. A register of people and services has no use for dates
 * before 1900 or after 2100, and a bound keeps every walk over days (lesson plans, months of a
 * report) finite: a year such as 9999 would otherwise run loops for ever.
 */
export const firstAcceptedDate = '1900-01-01';
export const lastAcceptedDate = '2100-12-31';

const msPerDay = 86_400_000;

function parseIsoDate(text: string): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC maps years 0–99 to 1900–1999; the check below then refuses them, as it should.
  const isReal =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return isReal ? { year, month, day } : null;
}

/** A real calendar day written YYYY-MM-DD, whatever its year (the shape check alone). */
export function isCalendarDate(text: string): boolean {
  return parseIsoDate(text) !== null;
}

/** Whether a calendar day lies within 1900-01-01 … 2100-12-31. */
export function isDateInRange(text: string): boolean {
  return text >= firstAcceptedDate && text <= lastAcceptedDate;
}

/** ISO calendar dates (YYYY-MM-DD) as the app stores them: real days from 1900 to 2100. */
export function isValidIsoDate(text: string): boolean {
  return isCalendarDate(text) && isDateInRange(text);
}

/** Today in the local calendar, as YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Days since 1970-01-01 of a YYYY-MM-DD date: arithmetic on days without comparing strings. */
export function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / msPerDay);
}

/** The YYYY-MM-DD date of a day number (see dayNumber). */
export function dateOfDayNumber(day: number): string {
  return new Date(day * msPerDay).toISOString().slice(0, 10);
}

/** The same day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(year + years, month, 0)).getUTCDate();
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year + years, 4)}-${pad(month, 2)}-${pad(Math.min(day, lastDay), 2)}`;
}

/** How far ahead a recorded event (consent, first contact, an act) may be dated. */
export const yearsAheadAllowed = 1;

/** An accepted date no more than a year after `today` (a typo such as 2062 for 2026 fails). */
export function isNearFutureDate(text: string, today = todayIso()): boolean {
  return isValidIsoDate(text) && text <= addYears(today, yearsAheadAllowed);
}

/** A birth date is a full date or a year alone; neither before 1900 nor in the future. */
export function isValidBirthDate(text: string, today = todayIso()): boolean {
  if (/^\d{4}$/.test(text)) return Number(text) >= 1900 && text <= today.slice(0, 4);
  return isValidIsoDate(text) && text <= today;
}

/** The year of a birth date, full or year-only. */
export function birthYear(text: string | null): number | null {
  return text ? Number(text.slice(0, 4)) : null;
}

/** "3. 12. 2026", as Czech forms and messages write a day (spaced, no leading zeros). */
export function formatCzechDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day}. ${month}. ${year}`;
}
