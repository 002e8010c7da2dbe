import { listMergedIds, resolveClientId } from '../clients/client-resolution.ts';
import { prepared, type Store } from '../store.ts';
import { type CheckContext, pastDate, requiredValue, type RowCursor } from './check-context.ts';
import type { CourseDates } from './check-courses.ts';
import { DigestMap } from './digest-map.ts';
import { type EnrolmentStarts, enrolmentKey } from './import-plan.ts';
import { parsePresent } from './legacy-values.ts';

// raw SQL: Kysely would add ~4.6 µs a call (bench query-builder) to these lookups, which run
// once per attendance row of an import.

/** A course's lesson on a day: a lesson is the pair (course, date). */
export function findLesson(
  store: Store,
  courseId: string,
  date: string,
): { id: string; is_cancelled: number } | undefined {
  return prepared(
    store,
    'SELECT id, is_cancelled FROM lessons WHERE course_id = ? AND date = ? AND deleted = 0 ORDER BY id LIMIT 1',
  ).get(courseId, date) as { id: string; is_cancelled: number } | undefined;
}

/** Whether the person (under any record merged into theirs) has a mark for the lesson. */
function hasMark(store: Store, lessonId: string, clientId: string): boolean {
  const survivor = resolveClientId(store, clientId);
  const ids = JSON.stringify([survivor, ...listMergedIds(store, survivor)]);
  return (
    prepared(
      store,
      `SELECT 1 FROM attendance WHERE lesson_id = ? AND deleted = 0
       AND client_id IN (SELECT value FROM json_each(?))`,
    ).get(lessonId, ids) !== undefined
  );
}

export interface RefCheck {
  /** The ref is known (in the files or imported before); reports the problem when not. */
  (cursor: RowCursor, column: string): boolean;
}

/**
 * attendance.csv: one row per client and lesson. The lesson (course, date) and the client's
 * enrolment are created where missing; a lesson must fall within the course's dates. Each
 * client's first lesson of a course goes to `enrolmentStarts` (the day the enrolment starts).
 */
export function attendanceRowChecker(
  context: CheckContext,
  isClientKnown: RefCheck,
  isCourseKnown: RefCheck,
  fileCourseDates: CourseDates,
  enrolmentStarts: EnrolmentStarts,
) {
  const { counts, store } = context;
  // The one thing kept for every row of the file: the duplicate check needs it.
  const firstLine = new DigestMap();
  const newLessons = new Set<string>();
  const courseDates = (ref: string) => {
    const id = context.known('course', ref);
    if (id === undefined) return fileCourseDates.get(ref);
    const row = prepared(store, 'SELECT start_date, end_date FROM courses WHERE id = ?').get(
      id,
    ) as { start_date: string; end_date: string };
    return { start: row.start_date, end: row.end_date };
  };
  return (cursor: RowCursor) => {
    const isCourseOk = isCourseKnown(cursor, 'course_ref');
    const isClientOk = isClientKnown(cursor, 'client_ref');
    const date = requiredValue(cursor, 'date') === null ? null : pastDate(context, cursor, 'date');
    const presentText = cursor.value('present');
    // A file without the column lists the lessons attended.
    const isPresent = cursor.has('present') ? parsePresent(presentText) : true;
    if (isPresent === null) cursor.problem('present', 'invalidPresent', { value: presentText });
    if (!isCourseOk || !isClientOk || date === null || isPresent === null) return;

    const courseRef = cursor.value('course_ref');
    const clientRef = cursor.value('client_ref');
    const key = JSON.stringify([courseRef, clientRef, date]);
    const line = firstLine.get(key);
    if (line !== 0) return cursor.problem('date', 'duplicateAttendance', { line });
    firstLine.set(key, cursor.row.line);

    const dates = courseDates(courseRef);
    if (dates && (date < dates.start || date > dates.end)) {
      return cursor.problem('date', 'outsideCourse', { value: date, ...dates });
    }
    const pair = enrolmentKey(courseRef, clientRef);
    const first = enrolmentStarts.get(pair);
    if (first === undefined || date < first) enrolmentStarts.set(pair, date);
    const courseId = context.known('course', courseRef);
    const lesson = courseId === undefined ? undefined : findLesson(store, courseId, date);
    if (lesson?.is_cancelled) return cursor.problem('date', 'lessonCancelled', { value: date });
    const clientId = context.known('client', clientRef);
    if (lesson && clientId !== undefined && hasMark(store, lesson.id, clientId)) {
      counts.unchanged++;
      return;
    }
    if (!lesson && !newLessons.has(`${courseRef}\n${date}`)) {
      newLessons.add(`${courseRef}\n${date}`);
      counts.lessons++;
    }
    context.sink.attendance({ courseRef, clientRef, date, isPresent });
    counts.attendance++;
  };
}
