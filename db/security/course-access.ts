import { foldText } from '../text/name-keys.ts';
import type { User } from '../contract/domain.ts';
import { PristavError } from '../errors.ts';
import { selectFirst } from '../query.ts';
import type { Store } from '../store.ts';
import { permissionDenied } from './permission-labels.ts';

/*
 * A lecturer works with their own courses only (issue 12): those whose "Lektor" field names
 * them — the name as the course was entered, folded (case and diacritics ignored), so
 * "Jana Nováková" teaches a course whose lecturer reads "jana novakova". Every other role sees
 * every course.
 */

function isLecturer(user: User | null): user is User {
  return user?.role === 'lecturer';
}

export function teaches(user: User, lecturer: string): boolean {
  const name = foldText(user.name).trim();
  return name !== '' && foldText(lecturer).trim() === name;
}

/** The courses (or today's lessons, by their course) this user may see. */
export function onlyOwnCourses<T>(
  user: User | null,
  items: T[],
  courseOf: (item: T) => { lecturer: string } = (item) => item as { lecturer: string },
): T[] {
  return isLecturer(user) ? items.filter((item) => teaches(user, courseOf(item).lecturer)) : items;
}

function refuse(user: User): PristavError {
  return permissionDenied(user, 'othersCourse');
}

/** Refuses a lecturer another lecturer's course; anyone else passes. */
export function requireCourseAccess(store: Store, user: User | null, courseId: string): void {
  if (!isLecturer(user)) return;
  const lecturer = selectFirst(
    store,
    store.db.selectFrom('courses').select('lecturer').where('id', '=', courseId),
  )?.lecturer;
  // An unknown course answers "not found" from the method itself, for every role alike.
  if (lecturer !== undefined && !teaches(user, lecturer)) throw refuse(user);
}

export function requireLessonAccess(store: Store, user: User | null, lessonId: string): void {
  if (!isLecturer(user)) return;
  const courseId = selectFirst(
    store,
    store.db.selectFrom('lessons').select('course_id').where('id', '=', lessonId),
  )?.course_id;
  if (courseId !== undefined) requireCourseAccess(store, user, courseId);
}
