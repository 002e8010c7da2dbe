import type { NotNull } from 'kysely';
import type { Course } from '../contract/courses.ts';
import { PristavError } from '../errors.ts';
import { selectAll, selectFirst } from '../query.ts';
import type { CoursesTable, LessonsTable } from '../schema.ts';
import type { Store } from '../store.ts';
import { toCourse } from './course-mapping.ts';

export function readCourseRow(store: Store, id: string): CoursesTable {
  const row = selectFirst(
    store,
    store.db.selectFrom('courses').selectAll().where('id', '=', id).where('deleted', '=', 0),
  );
  if (!row) throw new PristavError('NOT_FOUND', { what: id });
  return row;
}

export function readLessonRow(store: Store, id: string): LessonsTable {
  const row = selectFirst(
    store,
    store.db.selectFrom('lessons').selectAll().where('id', '=', id).where('deleted', '=', 0),
  );
  if (!row) throw new PristavError('NOT_FOUND', { what: id });
  return row;
}

/** The participants enrolled now and the lessons not cancelled (counts are never NULL). */
function countsOf(store: Store, courseId: string): { participants: number; lessons: number } {
  const query = store.db
    .selectNoFrom((eb) => [
      eb
        .selectFrom('enrolments')
        .select(eb.fn.countAll<number>().as('count'))
        .where('course_id', '=', courseId)
        .where('deleted', '=', 0)
        .where('left_on', 'is', null)
        .as('participants'),
      eb
        .selectFrom('lessons')
        .select(eb.fn.countAll<number>().as('count'))
        .where('course_id', '=', courseId)
        .where('deleted', '=', 0)
        .where('is_cancelled', '=', 0)
        .as('lessons'),
    ])
    .$narrowType<{ participants: NotNull; lessons: NotNull }>();
  return selectFirst(store, query)!;
}

export function readCourse(store: Store, id: string): Course {
  return toCourse(readCourseRow(store, id), countsOf(store, id));
}

/** Courses, newest first; optionally of one town or kind, or running on a given day. */
export function listCourses(
  store: Store,
  filter: { town?: string | undefined; kind?: string | undefined; activeOn?: string | undefined },
): Course[] {
  let query = store.db
    .selectFrom('courses')
    .selectAll()
    .where('deleted', '=', 0)
    .orderBy('start_date', 'desc')
    .orderBy('title');
  if (filter.town) query = query.where('town', '=', filter.town);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  if (filter.activeOn) {
    query = query
      .where('start_date', '<=', filter.activeOn)
      .where('end_date', '>=', filter.activeOn);
  }
  const rows = selectAll(store, query);
  return rows.map((row) => toCourse(row, countsOf(store, row.id)));
}
