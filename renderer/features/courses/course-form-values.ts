import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { courseCreateInput, type CourseKind } from '../../../db/contract/index.ts';
import { normaliseTime } from './time-text.ts';

export interface ScheduleRow {
  /** 1 = Monday … 7 = Sunday; null until chosen. */
  weekday: number | null;
  start: string;
  end: string;
}

/** What the form holds: every field present, so inputs stay controlled. */
export interface CourseFormValues {
  kind: CourseKind | null;
  title: string;
  town: string;
  venue: string;
  level: string;
  lecturer: string;
  startDate: string;
  endDate: string;
  capacity: number | null;
  schedule: ScheduleRow[];
}

/** What the form hands over once valid: the contract's parsed input. */
export type CourseFormOutput = z.output<typeof courseCreateInput>;

export function emptyCourseForm(): CourseFormValues {
  return {
    kind: null,
    title: '',
    town: '',
    venue: '',
    level: '',
    lecturer: '',
    startDate: '',
    endDate: '',
    capacity: null,
    schedule: [],
  };
}

/**
 * The next row of the timetable: the first weekday not used yet, at the time of the row
 * before (courses mostly meet at the same hour on each of their days).
 */
export function nextScheduleRow(rows: ScheduleRow[]): ScheduleRow {
  const used = new Set(rows.map((row) => row.weekday));
  const previous = rows.at(-1);
  const after = previous?.weekday ?? 0;
  const weekday =
    [1, 2, 3, 4, 5, 6, 7].find((day) => day > after && !used.has(day)) ??
    [1, 2, 3, 4, 5, 6, 7].find((day) => !used.has(day)) ??
    1;
  return { weekday, start: previous?.start ?? '17:00', end: previous?.end ?? '18:30' };
}

/** Times typed as "9" or "17.30" become HH:MM; an unchosen weekday fails as "weekday 1–7". */
function normalise(values: CourseFormValues): unknown {
  return {
    ...values,
    kind: values.kind ?? '',
    schedule: values.schedule.map((row) => ({
      weekday: row.weekday ?? 0,
      start: normaliseTime(row.start),
      end: normaliseTime(row.end),
    })),
  };
}

const schemaResolver = zodResolver(courseCreateInput);

/** The contract's own schema decides, after the typed times have been read. */
export const courseFormResolver: Resolver<CourseFormValues, unknown, CourseFormOutput> = (
  values,
  context,
  options,
) =>
  schemaResolver(
    normalise(values) as z.input<typeof courseCreateInput>,
    context,
    options as never,
  ) as ReturnType<Resolver<CourseFormValues, unknown, CourseFormOutput>>;
