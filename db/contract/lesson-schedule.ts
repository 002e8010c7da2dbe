import type { WeeklySlot } from './courses.ts';

export interface PlannedLesson {
  date: string;
  start: string;
  end: string;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a YYYY-MM-DD date. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** Every lesson the weekly schedule gives between the course's first and last day. */
export function planLessons(
  startDate: string,
  endDate: string,
  schedule: WeeklySlot[],
): PlannedLesson[] {
  const lessons: PlannedLesson[] = [];
  for (let date = startDate; date <= endDate; date = nextDay(date)) {
    const weekday = isoWeekday(date);
    for (const slot of schedule) {
      if (slot.weekday === weekday) lessons.push({ date, start: slot.start, end: slot.end });
    }
  }
  return lessons.sort((a, b) => (a.date + a.start < b.date + b.start ? -1 : 1));
}
