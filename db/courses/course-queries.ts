import type { Course } from '../contract/courses.ts';
import { PristavError } from '../errors.ts';
import type { CoursesTable, LessonsTable } from '../schema.ts';
import { prepared, type Store } from '../store.ts';
import { toCourse } from './course-mapping.ts';

export function readCourseRow(store: Store, id: string): CoursesTable {
  const row = prepared(store, 'SELECT * FROM courses WHERE id = ? AND deleted = 0').get(id) as
    CoursesTable | undefined;
  if (!row) throw new PristavError('NOT_FOUND', { what: id });
  return row;
}

export function readLessonRow(store: Store, id: string): LessonsTable {
  const row = prepared(store, 'SELECT * FROM lessons WHERE id = ? AND deleted = 0').get(id) as
    LessonsTable | undefined;
  if (!row) throw new PristavError('NOT_FOUND', { what: id });
  return row;
}

function countsOf(store: Store, courseId: string) {
  return prepared(
    store,
    `SELECT
       (SELECT count(*) FROM enrolments WHERE course_id = ? AND deleted = 0 AND left_on IS NULL) AS participants,
       (SELECT count(*) FROM lessons WHERE course_id = ? AND deleted = 0 AND is_cancelled = 0) AS lessons`,
  ).get(courseId, courseId) as { participants: number; lessons: number };
}

export function readCourse(store: Store, id: string): Course {
  return toCourse(readCourseRow(store, id), countsOf(store, id));
}

/** Courses, newest first; optionally of one town or kind, or running on a given day. */
export function listCourses(
  store: Store,
  filter: { town?: string | undefined; kind?: string | undefined; activeOn?: string | undefined },
): Course[] {
  const conditions = ['deleted = 0'];
  const params: string[] = [];
  if (filter.town) {
    conditions.push('town = ?');
    params.push(filter.town);
  }
  if (filter.kind) {
    conditions.push('kind = ?');
    params.push(filter.kind);
  }
  if (filter.activeOn) {
    conditions.push('start_date <= ? AND end_date >= ?');
    params.push(filter.activeOn, filter.activeOn);
  }
  const rows = prepared(
    store,
    `SELECT * FROM courses WHERE ${conditions.join(' AND ')} ORDER BY start_date DESC, title`,
  ).all(...params) as CoursesTable[];
  return rows.map((row) => toCourse(row, countsOf(store, row.id)));
}
