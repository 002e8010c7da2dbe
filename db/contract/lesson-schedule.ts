import { dateOfDayNumber, dayNumber } from './dates.ts';

export interface PlannedLesson {
  date: string;
  start: string;
  end: string;
}

/** One weekly meeting (the contract's WeeklySlot; declared here so no import goes in a circle). */
interface ScheduleSlot {
  /** 1 = Monday … 7 = Sunday (ISO). */
  weekday: number;
  start: string;
  end: string;
}

/** The longest course (from its first to its last day) and the most lessons it may have. */
export const maxCourseYears = 2;
export const maxCourseLessons = 500;
/** Days in the longest course: two years, leap day included, first and last day counted. */
const maxCourseDays = maxCourseYears * 366 + 1;

/** ISO weekday (1 = Monday … 7 = Sunday) of a YYYY-MM-DD date. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/**
 * Every lesson the weekly schedule gives between the course's first and last day. The walk is
 * bounded by counters, never by comparing date strings (after 9999-12-31 the next day sorts
 * before it, and the walk would not end): it covers at most the longest course and stops one
 * lesson past the most a course may have, so a caller sees "too many" without making them all.
 * courseCreateInput refuses such courses, so for every course it accepts the plan is whole.
 */
export function planLessons(
  startDate: string,
  endDate: string,
  schedule: ScheduleSlot[],
): PlannedLesson[] {
  const first = dayNumber(startDate);
  const days = Math.min(dayNumber(endDate) - first, maxCourseDays - 1);
  const lessons: PlannedLesson[] = [];
  if (!Number.isFinite(days) || schedule.length === 0) return lessons;
  for (let offset = 0; offset <= days && lessons.length <= maxCourseLessons; offset++) {
    const date = dateOfDayNumber(first + offset);
    const weekday = isoWeekday(date);
    for (const slot of schedule) {
      if (slot.weekday === weekday) lessons.push({ date, start: slot.start, end: slot.end });
    }
  }
  return lessons.sort((a, b) => (a.date + a.start < b.date + b.start ? -1 : 1));
}
