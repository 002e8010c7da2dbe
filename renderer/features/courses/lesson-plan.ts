import { isValidIsoDate, planLessons, type WeeklySlot } from '../../../db/contract/index.ts';

/** Longer than any course; stops a half-typed year ("0202") from counting for ages. */
const maxDays = 3 * 366;

/**
 * How many lessons the weekly schedule gives between the first and the last day: the preview
 * of what courses.create will make, by the server's own rule (planLessons). Null while the
 * dates are not both valid and in order.
 */
export function countPlannedLessons(
  startDate: string,
  endDate: string,
  schedule: Pick<WeeklySlot, 'weekday'>[],
): number | null {
  if (!isValidIsoDate(startDate) || !isValidIsoDate(endDate) || startDate > endDate) return null;
  const days = (Date.parse(endDate) - Date.parse(startDate)) / 86_400_000;
  if (days > maxDays) return null;
  // Only the weekdays matter for the count; times may still be half typed.
  const slots = schedule.map((slot) => ({ weekday: slot.weekday, start: '', end: '' }));
  return planLessons(startDate, endDate, slots).length;
}
