import { runWrite, writeRow } from '../changes/index.ts';
import { listMergedIds, resolveClientId } from '../clients/client-resolution.ts';
import { requireClientForNewAct } from '../clients/new-act-guard.ts';
import { PristavError } from '../errors.ts';
import { newId } from '../ids.ts';
import type { EnrolmentsTable } from '../schema.ts';
import { prepared, type Store, storeToday } from '../store.ts';
import { readCourseRow } from './course-queries.ts';

/** A person's enrolments in a course, under any record merged into theirs. */
export function findEnrolments(
  store: Store,
  courseId: string,
  clientId: string,
): EnrolmentsTable[] {
  const survivor = resolveClientId(store, clientId);
  const ids = JSON.stringify([survivor, ...listMergedIds(store, survivor)]);
  return prepared(
    store,
    `SELECT * FROM enrolments WHERE course_id = ? AND deleted = 0
     AND client_id IN (SELECT value FROM json_each(?))`,
  ).all(courseId, ids) as EnrolmentsTable[];
}

export function enrolClient(
  store: Store,
  author: string | null,
  input: { courseId: string; clientId: string; date?: string | undefined },
): { enrolmentId: string } {
  return runWrite(store, author, (w) => {
    const course = readCourseRow(store, input.courseId);
    const clientId = requireClientForNewAct(store, input.clientId).id;
    if (findEnrolments(store, course.id, clientId).some((e) => e.left_on === null)) {
      throw new PristavError('ALREADY_ENROLLED');
    }
    const { active } = prepared(
      store,
      'SELECT count(*) AS active FROM enrolments WHERE course_id = ? AND deleted = 0 AND left_on IS NULL',
    ).get(course.id) as { active: number };
    if (course.capacity !== null && active >= course.capacity) {
      throw new PristavError('COURSE_FULL', { capacity: course.capacity });
    }
    const id = newId();
    writeRow(w, 'enrolments', id, {
      course_id: course.id,
      client_id: clientId,
      enrolled_on: input.date ?? storeToday(store),
    });
    return { enrolmentId: id };
  });
}

export function leaveCourse(
  store: Store,
  author: string | null,
  input: { enrolmentId: string; date?: string | undefined },
): { enrolmentId: string } {
  return runWrite(store, author, (w) => {
    const row = prepared(store, 'SELECT * FROM enrolments WHERE id = ? AND deleted = 0').get(
      input.enrolmentId,
    ) as EnrolmentsTable | undefined;
    if (!row) throw new PristavError('NOT_FOUND', { what: input.enrolmentId });
    writeRow(w, 'enrolments', row.id, { left_on: input.date ?? storeToday(store) });
    return { enrolmentId: row.id };
  });
}
