import type { RowFields } from '../changes/index.ts';
import type { Course, CourseKind, Lesson, WeeklySlot } from '../contract/courses.ts';
import type { CoursesTable, LessonsTable } from '../schema.ts';

/**
 * Course and lesson fields → columns, written once for every writer of courses: the forms' API
 * (course-writes.ts), the legacy import (db/import) and the demo (db/demo).
 */
export type CourseFields = Omit<Course, 'id' | 'participantCount' | 'lessonCount'>;

/** A new course's columns: every field, the schedule as JSON text. */
export function toCourseColumns(fields: CourseFields) {
  return {
    kind: fields.kind,
    title: fields.title,
    town: fields.town,
    venue: fields.venue,
    level: fields.level,
    lecturer: fields.lecturer,
    start_date: fields.startDate,
    end_date: fields.endDate,
    capacity: fields.capacity,
    schedule: JSON.stringify(fields.schedule),
  } satisfies Required<Omit<RowFields<'courses'>, 'deleted'>>;
}

export const lessonColumns = {
  courseId: 'course_id',
  date: 'date',
  start: 'start_time',
  end: 'end_time',
  isCancelled: 'is_cancelled',
} as const satisfies Record<keyof Omit<Lesson, 'id'>, keyof LessonsTable>;

/**
 * The columns of the lesson fields given, in their order (a lesson the import makes has only a
 * course and a date; cancelling writes only isCancelled).
 */
export function toLessonColumns(fields: Partial<Omit<Lesson, 'id'>>): RowFields<'lessons'> {
  const columns: RowFields<'lessons'> = {};
  for (const [field, value] of Object.entries(fields)) {
    if (value !== undefined) columns[lessonColumns[field as keyof typeof lessonColumns]] = value;
  }
  return columns;
}

export function toCourse(
  row: CoursesTable,
  counts: { participants: number; lessons: number },
): Course {
  return {
    id: row.id,
    kind: row.kind as CourseKind,
    title: row.title,
    town: row.town,
    venue: row.venue,
    level: row.level,
    lecturer: row.lecturer,
    startDate: row.start_date,
    endDate: row.end_date,
    capacity: row.capacity,
    schedule: JSON.parse(row.schedule) as WeeklySlot[],
    participantCount: counts.participants,
    lessonCount: counts.lessons,
  };
}

export function toLesson(row: LessonsTable): Lesson {
  return {
    id: row.id,
    courseId: row.course_id,
    date: row.date,
    start: row.start_time,
    end: row.end_time,
    isCancelled: row.is_cancelled === 1,
  };
}

/** A new enrolment's columns (leaving a course later writes left_on alone). */
export function toNewEnrolmentColumns(enrolment: {
  courseId: string;
  clientId: string;
  enrolledOn: string;
}) {
  return {
    course_id: enrolment.courseId,
    client_id: enrolment.clientId,
    enrolled_on: enrolment.enrolledOn,
  } satisfies RowFields<'enrolments'>;
}

/**
 * A mark's id: one per lesson and enrolled record, so marking again (on any office) writes the
 * same row instead of adding a second act.
 */
export function attendanceId(lessonId: string, clientId: string): string {
  return `${lessonId}:${clientId}`;
}

export function toAttendanceColumns(mark: {
  lessonId: string;
  clientId: string;
  isPresent: boolean;
}) {
  return {
    lesson_id: mark.lessonId,
    client_id: mark.clientId,
    is_present: mark.isPresent,
  } satisfies RowFields<'attendance'>;
}
