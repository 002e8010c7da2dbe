import { z } from 'zod';
import type { ClientSummary } from './clients.ts';
import { isValidIsoDate } from './dates.ts';

/** Courses, their lessons, enrolments and attendance. */

export const courseKinds = [
  'czech_low_threshold',
  'czech_intensive',
  'sociocultural',
  'pc',
] as const;
export type CourseKind = (typeof courseKinds)[number];

/** Each attended lesson is one act of the course's service type. */
export const serviceTypeOfCourseKind: Record<CourseKind, string> = {
  czech_low_threshold: 'czech_course',
  czech_intensive: 'czech_course',
  sociocultural: 'sociocultural_course',
  pc: 'pc_course',
};

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

const isoDate = z.string().trim().refine(isValidIsoDate, { error: 'invalidDate' });
const time = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'invalidTime' });
const text = (max: number) => z.string().trim().max(max, { error: 'tooLong' });

export const weeklySlot = z
  .strictObject({
    weekday: z
      .number()
      .int()
      .min(1, { error: 'invalidWeekday' })
      .max(7, { error: 'invalidWeekday' }),
    start: time,
    end: time,
  })
  .refine((slot) => slot.start < slot.end, { error: 'endBeforeStart', path: ['end'] });

const courseShape = {
  kind: z.enum(courseKinds, { error: 'invalidChoice' }),
  title: text(200).min(1, { error: 'required' }),
  town: text(100).min(1, { error: 'required' }),
  venue: text(200).default(''),
  level: text(20).default(''),
  lecturer: text(200).default(''),
  startDate: isoDate,
  endDate: isoDate,
  capacity: z
    .number()
    .int()
    .min(1, { error: 'invalidCapacity' })
    .max(500, { error: 'invalidCapacity' })
    .nullable()
    .default(null),
  schedule: z.array(weeklySlot).max(14).default([]),
};

export const courseCreateInput = z
  .strictObject(courseShape)
  .refine((course) => course.startDate <= course.endDate, {
    error: 'endBeforeStart',
    path: ['endDate'],
  });
export type CourseCreateInput = z.input<typeof courseCreateInput>;

export const courseListInput = z.strictObject({
  town: z.string().trim().optional(),
  kind: z.enum(courseKinds).optional(),
  /** Courses running on this day (between start and end). */
  activeOn: isoDate.optional(),
});

export const lessonAddInput = z
  .strictObject({
    courseId: z.string().min(1, { error: 'required' }),
    date: isoDate,
    start: time,
    end: time,
  })
  .refine((lesson) => lesson.start < lesson.end, { error: 'endBeforeStart', path: ['end'] });

export const lessonMoveInput = z
  .strictObject({
    id: z.string().min(1, { error: 'required' }),
    date: isoDate,
    start: time,
    end: time,
  })
  .refine((lesson) => lesson.start < lesson.end, { error: 'endBeforeStart', path: ['end'] });

export const lessonCancelInput = z.strictObject({
  id: z.string().min(1, { error: 'required' }),
  isCancelled: z.boolean(),
});

export const enrolInput = z.strictObject({
  courseId: z.string().min(1, { error: 'required' }),
  clientId: z.string().min(1, { error: 'required' }),
  date: isoDate.optional(),
});

export const leaveInput = z.strictObject({
  enrolmentId: z.string().min(1, { error: 'required' }),
  date: isoDate.optional(),
});

export const attendanceMarkInput = z.strictObject({
  lessonId: z.string().min(1, { error: 'required' }),
  marks: z
    .array(z.strictObject({ clientId: z.string().min(1), isPresent: z.boolean() }))
    .min(1, { error: 'required' })
    .max(500),
});

export const attendanceSheetInput = z.strictObject({
  courseId: z.string().min(1, { error: 'required' }),
  /** One lesson's sheet, or the whole course with lessons as columns when omitted. */
  lessonId: z.string().optional(),
});
