import { z } from 'zod';
import { dateOfDayNumber, dayNumber } from './dates.ts';
import { isoWeekday } from './lesson-schedule.ts';

/**
 * When the centre is open, Monday first: a day's hours, or null when it is closed. The
 * reception's and the services' day views show them, and step over closed days.
 */
export type OpeningHours = (DayHours | null)[];
export interface DayHours {
  /** HH:MM */
  opens: string;
  /** HH:MM, after `opens`. */
  closes: string;
}

const clockPattern = /^([01]\d|2[0-3]):[0-5]\d$/;
const clockTime = z.string({ error: 'invalidTime' }).regex(clockPattern, { error: 'invalidTime' });

export const dayHours = z
  .strictObject({ opens: clockTime, closes: clockTime })
  // A time that is not HH:MM has its own message already; only whole times are compared.
  .refine(
    (hours) =>
      !clockPattern.test(hours.opens) ||
      !clockPattern.test(hours.closes) ||
      hours.opens < hours.closes,
    { error: 'endBeforeStart', path: ['closes'] },
  )
  .nullable();

export const openingHours = z.array(dayHours).length(7, { error: 'invalidType' });

/** Monday to Friday 9:00–17:00: what a new centre starts with until it says otherwise. */
export const defaultOpeningHours: OpeningHours = [
  ...Array.from({ length: 5 }, () => ({ opens: '09:00', closes: '17:00' })),
  null,
  null,
];

/** The hours of one day (YYYY-MM-DD), or null when the centre is closed then. */
export function hoursOn(hours: OpeningHours, date: string): DayHours | null {
  return hours[isoWeekday(date) - 1] ?? null;
}

/**
 * The nearest day before (step -1) or after (step 1) the given one that the centre is open;
 * the next calendar day when it is never open (nothing to step over then).
 */
export function nearestOpenDay(hours: OpeningHours, date: string, step: 1 | -1): string {
  const start = dayNumber(date);
  for (let offset = 1; offset <= 7; offset++) {
    const day = dateOfDayNumber(start + step * offset);
    if (hoursOn(hours, day)) return day;
  }
  return dateOfDayNumber(start + step);
}
