import { type NotNull, sql } from 'kysely';
import type { CourseDetail, Participant, TodayLesson } from '../contract/courses.ts';
import { toClientSummary } from '../clients/client-mapping.ts';
import { readClientRow, resolveClientId } from '../clients/client-resolution.ts';
import { selectAll } from '../query.ts';
import { type Store, storeToday } from '../store.ts';
import { toLesson } from './course-mapping.ts';
import { readCourse } from './course-queries.ts';

/**
 * A course with its lessons, participants and the attendance grid. A participant's rate is
 * attended lessons / lessons held (not cancelled, not in the future) while they were enrolled.
 */
export function getCourseDetail(store: Store, courseId: string): CourseDetail {
  const course = readCourse(store, courseId);
  const today = storeToday(store);
  const lessons = selectAll(
    store,
    store.db
      .selectFrom('lessons')
      .selectAll()
      .where('course_id', '=', courseId)
      .where('deleted', '=', 0)
      .orderBy('date')
      .orderBy('start_time'),
  );
  const enrolments = selectAll(
    store,
    store.db
      .selectFrom('enrolments')
      .selectAll()
      .where('course_id', '=', courseId)
      .where('deleted', '=', 0)
      .orderBy('enrolled_on')
      .orderBy('id'),
  );
  const marks = selectAll(
    store,
    store.db
      .selectFrom('attendance as a')
      .innerJoin('lessons as l', 'l.id', 'a.lesson_id')
      .selectAll('a')
      .where('l.course_id', '=', courseId)
      .where('a.deleted', '=', 0)
      .where('l.deleted', '=', 0),
  );
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
  const rows = selectAll(
    store,
    store.db
      .selectFrom('lessons as l')
      .innerJoin('courses as c', 'c.id', 'l.course_id')
      .selectAll('l')
      .select(['c.title', 'c.kind', 'c.town', 'c.venue', 'c.lecturer'])
      .select((eb) =>
        eb
          .selectFrom('enrolments as e')
          .select(eb.fn.countAll<number>().as('count'))
          .whereRef('e.course_id', '=', 'c.id')
          .where('e.deleted', '=', 0)
          .where('e.left_on', 'is', null)
          .as('participant_count'),
      )
      .where('l.date', '=', date)
      // Literals, as the partial index lessons_held states them: with parameters SQLite cannot
      // prove the index applies and looks in lessons_by_date, cancelled and deleted ones too.
      .where('l.deleted', '=', sql.lit(0))
      .where('l.is_cancelled', '=', sql.lit(0))
      .where('c.deleted', '=', 0)
      .orderBy('l.start_time')
      .orderBy('c.title')
      // A count is never NULL; Kysely types every scalar subquery as nullable.
      .$narrowType<{ participant_count: NotNull }>(),
  );
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
