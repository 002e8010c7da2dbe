import type { Lesson } from '../../../db/contract/index.ts';

/**
 * A lesson's state as the course page says it. A lesson later today has not been held yet, so
 * it is "dnes v 17:00", not "proběhla – docházka nezapsána"; one under way says so.
 */
export type LessonStatus =
  | { kind: 'cancelled' | 'planned' | 'running' | 'held' | 'heldUnrecorded' }
  | { kind: 'laterToday'; time: string };

export function lessonStatus(
  lesson: Pick<Lesson, 'date' | 'start' | 'end' | 'isCancelled'>,
  hasMarks: boolean,
  /** Now in local time: the day (YYYY-MM-DD) and the time (HH:MM). */
  now: { date: string; time: string },
): LessonStatus {
  if (lesson.isCancelled) return { kind: 'cancelled' };
  if (lesson.date > now.date) return { kind: 'planned' };
  if (lesson.date === now.date && !hasMarks) {
    if (now.time < lesson.start) return { kind: 'laterToday', time: lesson.start };
    if (now.time < lesson.end) return { kind: 'running' };
  }
  return { kind: hasMarks ? 'held' : 'heldUnrecorded' };
}

/** The local day and time of day, as lessonStatus() compares them. */
export function localNow(date = new Date()): { date: string; time: string } {
  const pad = (value: number) => String(value).padStart(2, '0');
  return {
    date: `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`,
    time: `${pad(date.getHours())}:${pad(date.getMinutes())}`,
  };
}
