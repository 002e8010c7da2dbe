import { z } from 'zod';
import type { ClientSummary } from './clients.ts';
import { addYears, isValidIsoDate } from './dates.ts';
import {
  boundedInt,
  cleanText,
  eventDate,
  isoDate,
  recordId,
  requiredName,
  requiredText,
} from './input-rules.ts';
import { maxCourseLessons, maxCourseYears, planLessons } from './lesson-schedule.ts';

/** Courses, their lessons, enrolments and attendance. */

export const courseKinds = [
  'czech_low_threshold',
  'czech_intensive',
  'sociocultural',
  'pc',
] as const;
export type CourseKind = (typeof courseKinds)[number];

/**
 * Each attended lesson is one act of the course's service type: the one definition of the rule.
 * The catalogue's course types are its values; the all_acts view (a frozen migration's CASE) is
 * checked against it by test/db/courses/course-service-type.test.ts.
 */
export const serviceTypeOfCourseKind = {
  czech_low_threshold: 'czech_course',
  czech_intensive: 'czech_course',
  sociocultural: 'sociocultural_course',
  pc: 'pc_course',
} as const satisfies Record<CourseKind, string>;

export type CourseServiceType = (typeof serviceTypeOfCourseKind)[CourseKind];

/** The service types whose acts are attended lessons, each once. */
export const courseServiceTypes: readonly CourseServiceType[] = [
  ...new Set(Object.values(serviceTypeOfCourseKind)),
];

/**
 * The service type of a course's lessons. A kind this version does not know (a row synced from
 * a newer office) counts as a Czech course, as the all_acts view has counted it since 2026_11_24.
 */
export function courseServiceType(kind: string): CourseServiceType {
  return Object.hasOwn(serviceTypeOfCourseKind, kind)
    ? serviceTypeOfCourseKind[kind as CourseKind]
    : 'czech_course';
}

export const courseKindLabels: Record<CourseKind, { cs: string; en: string }> = {
  czech_low_threshold: { cs: 'Čeština – nízkoprahový kurz', en: 'Czech – low-threshold course' },
  czech_intensive: { cs: 'Čeština – intenzivní kurz', en: 'Czech – intensive course' },
  sociocultural: { cs: 'Sociokulturní kurz', en: 'Sociocultural course' },
  pc: { cs: 'PC kurz', en: 'PC course' },
};

export const regionTowns = [
  'Liberec',
  'Jablonec nad Nisou',
  'Česká Lípa',
  'Stráž pod Ralskem',
  'Turnov',
] as const;

export const cefrLevels = ['A0', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;

export interface WeeklySlot {
  /** 1 = Monday … 7 = Sunday (ISO). */
  weekday: number;
  start: string;
  end: string;
}

export interface Course {
  id: string;
  kind: CourseKind;
  title: string;
  town: string;
  venue: string;
  level: string;
  lecturer: string;
  startDate: string;
  endDate: string;
  capacity: number | null;
  schedule: WeeklySlot[];
  participantCount: number;
  lessonCount: number;
}

export interface Lesson {
  id: string;
  courseId: string;
  date: string;
  start: string;
  end: string;
  isCancelled: boolean;
}

export interface Participant {
  enrolmentId: string;
  client: ClientSummary;
  enrolledOn: string;
  leftOn: string | null;
  /** Attended lessons / lessons held while enrolled (0–1), null before any lesson was held. */
  attendanceRate: number | null;
}

export interface AttendanceMark {
  lessonId: string;
  clientId: string;
  isPresent: boolean;
}

export interface CourseDetail {
  course: Course;
  lessons: Lesson[];
  participants: Participant[];
  marks: AttendanceMark[];
  attendanceRate: number | null;
}

export interface TodayLesson {
  lesson: Lesson;
  course: Pick<Course, 'id' | 'title' | 'kind' | 'town' | 'venue' | 'lecturer'>;
  participantCount: number;
}

const time = z
  .string({ error: 'invalidTime' })
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'invalidTime' });
const text = (max: number) => cleanText(max);

export const weeklySlot = z
  .strictObject({
    weekday: boundedInt(1, 7, 'invalidWeekday'),
    start: time,
    end: time,
  })
  .refine((slot) => slot.start < slot.end, { error: 'endBeforeStart', path: ['end'] });

const courseShape = {
  kind: z.enum(courseKinds, { error: 'invalidChoice' }),
  title: requiredText(200),
  town: requiredName(100),
  venue: text(200).default(''),
  level: text(20).default(''),
  lecturer: text(200).default(''),
  startDate: isoDate,
  endDate: isoDate,
  capacity: boundedInt(1, 500, 'invalidCapacity').nullable().default(null),
  schedule: z.array(weeklySlot).max(14, { error: 'tooMany' }).default([]),
};

type CourseFields = z.output<z.ZodObject<typeof courseShape>>;

/**
 * A course ends after it starts, within two years, and its schedule gives at most 500 lessons:
 * beyond that it is a typo (2062 for 2026), and it would make thousands of lessons at once.
 * The issues go on the end date, the field a person changes to fix them.
 */
function checkCourseSpan(course: CourseFields, context: z.RefinementCtx) {
  const { startDate, endDate } = course;
  // Fields already refused have their own message; planning with them would mean nothing.
  if (!isValidIsoDate(startDate) || !isValidIsoDate(endDate)) return;
  const issue = (message: string) =>
    context.addIssue({ code: 'custom', path: ['endDate'], message });
  if (startDate > endDate) return issue('endBeforeStart');
  if (endDate > addYears(startDate, maxCourseYears)) return issue('courseTooLong');
  if (planLessons(startDate, endDate, course.schedule).length > maxCourseLessons) {
    issue('tooManyLessons');
  }
}

export const courseCreateInput = z.strictObject(courseShape).superRefine(checkCourseSpan);
export type CourseCreateInput = z.input<typeof courseCreateInput>;

export const courseListInput = z.strictObject({
  town: text(100).optional(),
  kind: z.enum(courseKinds, { error: 'invalidChoice' }).optional(),
  /** Courses running on this day (between start and end). */
  activeOn: isoDate.optional(),
});

export const lessonAddInput = z
  .strictObject({
    courseId: recordId,
    date: isoDate,
    start: time,
    end: time,
  })
  .refine((lesson) => lesson.start < lesson.end, { error: 'endBeforeStart', path: ['end'] });

export const lessonMoveInput = z
  .strictObject({
    id: recordId,
    date: isoDate,
    start: time,
    end: time,
  })
  .refine((lesson) => lesson.start < lesson.end, { error: 'endBeforeStart', path: ['end'] });

export const lessonCancelInput = z.strictObject({
  id: recordId,
  isCancelled: z.boolean({ error: 'invalidType' }),
});

export const enrolInput = z.strictObject({
  courseId: recordId,
  clientId: recordId,
  date: eventDate.optional(),
});

export const leaveInput = z.strictObject({
  enrolmentId: recordId,
  date: eventDate.optional(),
});

export const attendanceMarkInput = z.strictObject({
  lessonId: recordId,
  marks: z
    .array(z.strictObject({ clientId: recordId, isPresent: z.boolean({ error: 'invalidType' }) }))
    .min(1, { error: 'required' })
    .max(500, { error: 'tooMany' }),
});

export const attendanceSheetInput = z.strictObject({
  courseId: recordId,
  /** One lesson's sheet, or the whole course with lessons as columns when omitted. */
  lessonId: recordId.optional(),
});
