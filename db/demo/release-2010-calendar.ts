import type { Random } from './random.ts';

export const periodFrom = '2010-05-01';
export const periodTo = '2010-12-31';

/** Czech public holidays of the period: no lessons, the office is closed. */
const holidays = new Set([
  '2010-05-01',
  '2010-05-08',
  '2010-07-05',
  '2010-07-06',
  '2010-09-28',
  '2010-10-28',
  '2010-11-17',
  '2010-12-24',
  '2010-12-25',
  '2010-12-26',
]);

/** Lessons from this day on fall into the Christmas break and are cancelled. */
const christmasBreak = '2010-12-20';

export function isWeekend(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

/** Whether a planned lesson falls on a holiday or into the Christmas break. */
export function lessonCancelled(date: string): boolean {
  return holidays.has(date) || date >= christmasBreak;
}

export function addDays(date: string, days: number): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}

/** The office's opening days (working days before the Christmas break). */
export const officeDays: readonly string[] = (() => {
  const days: string[] = [];
  // A fixed number of days (3 May to the Christmas break), not a walk that stops on text order.
  for (let offset = 0; offset < 235; offset++) {
    const date = addDays('2010-05-03', offset);
    if (date >= christmasBreak) break;
    if (!isWeekend(date) && !holidays.has(date)) days.push(date);
  }
  return days;
})();

/** A seeded Fisher–Yates shuffle: a new array, the same order for the same random sequence. */
export function shuffle<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** `count` distinct items, in random order. */
export function sample<T>(random: Random, items: readonly T[], count: number): T[] {
  if (count > items.length) throw new Error(`cannot pick ${count} of ${items.length}`);
  return shuffle(random, items).slice(0, count);
}
