import type { CourseDetail, Participant, TodayLesson } from '../contract/courses.ts';
import { toClientSummary } from '../clients/client-mapping.ts';
import { readClientRow, resolveClientId } from '../clients/client-resolution.ts';
import type { AttendanceTable, EnrolmentsTable, LessonsTable } from '../schema.ts';
import { prepared, type Store, storeToday } from '../store.ts';
import { toLesson } from './course-mapping.ts';
import { readCourse } from './course-queries.ts';

/**
 * A course with its lessons, participants and the attendance grid. A participant's rate is
 * attended lessons / lessons held (not cancelled, not in the future) while they were enrolled.
 */
export function getCourseDetail(store: Store, courseId: string): CourseDetail {
  const course = readCourse(store, courseId);
  const today = storeToday(store);
  const lessons = prepared(
    store,
    'SELECT * FROM lessons WHERE course_id = ? AND deleted = 0 ORDER BY date, start_time',
  ).all(courseId) as LessonsTable[];
  const enrolments = prepared(
    store,
    'SELECT * FROM enrolments WHERE course_id = ? AND deleted = 0 ORDER BY enrolled_on, id',
  ).all(courseId) as EnrolmentsTable[];
  const marks = prepared(
    store,
    `SELECT a.* FROM attendance a JOIN lessons l ON l.id = a.lesson_id
     WHERE l.course_id = ? AND a.deleted = 0 AND l.deleted = 0`,
  ).all(courseId) as AttendanceTable[];
  const held = lessons.filter((lesson) => !lesson.is_cancelled && lesson.date <= today);
  const cancelled = new Set(lessons.filter((lesson) => lesson.is_cancelled).map((l) => l.id));

  let presentTotal = 0;
  let heldTotal = 0;
  const participants: Participant[] = [];
  for (const enrolment of enrolments) {
    const row = readClientRow(store, resolveClientId(store, enrolment.client_id));
    if (!row || row.deleted) continue;
    const heldWhileEnrolled = held.filter(
      (l) => enrolment.left_on === null || l.date <= enrolment.left_on,
    );
    const heldIds = new Set(heldWhileEnrolled.map((l) => l.id));
    const present = marks.filter(
      (m) => m.client_id === enrolment.client_id && m.is_present === 1 && heldIds.has(m.lesson_id),
    ).length;
    presentTotal += present;
    heldTotal += heldWhileEnrolled.length;
    participants.push({
      enrolmentId: enrolment.id,
      client: toClientSummary(row),
      enrolledOn: enrolment.enrolled_on,
      leftOn: enrolment.left_on,
      attendanceRate: heldWhileEnrolled.length === 0 ? null : present / heldWhileEnrolled.length,
    });
  }
  return {
    course,
    lessons: lessons.map(toLesson),
    participants,
    marks: marks
      .filter((m) => !cancelled.has(m.lesson_id))
      .map((m) => ({
        lessonId: m.lesson_id,
        clientId: resolveClientId(store, m.client_id),
        isPresent: m.is_present === 1,
      })),
    attendanceRate: heldTotal === 0 ? null : presentTotal / heldTotal,
  };
}

/** The lessons of a day, for the home screen. */
export function listLessonsOn(store: Store, date: string): TodayLesson[] {
  const rows = prepared(
    store,
    `SELECT l.*, c.title, c.kind, c.town, c.venue, c.lecturer,
       (SELECT count(*) FROM enrolments e WHERE e.course_id = c.id AND e.deleted = 0 AND e.left_on IS NULL) AS participant_count
     FROM lessons l JOIN courses c ON c.id = l.course_id
     WHERE l.date = ? AND l.deleted = 0 AND l.is_cancelled = 0 AND c.deleted = 0
     ORDER BY l.start_time, c.title`,
  ).all(date) as (LessonsTable & {
    title: string;
    kind: string;
    town: string;
    venue: string;
    lecturer: string;
    participant_count: number;
  })[];
  return rows.map((row) => ({
    lesson: toLesson(row),
    course: {
      id: row.course_id,
      title: row.title,
      kind: row.kind as TodayLesson['course']['kind'],
      town: row.town,
      venue: row.venue,
      lecturer: row.lecturer,
    },
    participantCount: row.participant_count,
  }));
}
