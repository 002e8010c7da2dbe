import { runWrite, writeRow } from '../changes/index.ts';
import { listMergedIds, resolveClientId } from '../clients/client-resolution.ts';
import { requireClientForNewAct } from '../clients/new-act-guard.ts';
import { PristavError } from '../errors.ts';
import { newId } from '../ids.ts';
import { selectFirst } from '../query.ts';
import type { EnrolmentsTable } from '../schema.ts';
import { prepared, type Store, storeToday } from '../store.ts';
import { toNewEnrolmentColumns } from './course-mapping.ts';
import { readCourseRow } from './course-queries.ts';

/** A person's enrolments in a course, under any record merged into theirs. */
export function findEnrolments(
  store: Store,
  courseId: string,
  clientId: string,
): EnrolmentsTable[] {
  const survivor = resolveClientId(store, clientId);
  const ids = JSON.stringify([survivor, ...listMergedIds(store, survivor)]);
  // raw SQL: runs once per imported attendance row (db/import/import-writer.ts); Kysely would add ~4.6 µs a call (bench query-builder)
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
    const { active } = selectFirst(
      store,
      store.db
        .selectFrom('enrolments')
        .select((eb) => eb.fn.countAll<number>().as('active'))
        .where('course_id', '=', course.id)
        .where('deleted', '=', 0)
        .where('left_on', 'is', null),
    )!;
    if (course.capacity !== null && active >= course.capacity) {
      throw new PristavError('COURSE_FULL', { capacity: course.capacity });
    }
    const id = newId();
    writeRow(
      w,
      'enrolments',
      id,
      toNewEnrolmentColumns({
        courseId: course.id,
        clientId,
        enrolledOn: input.date ?? storeToday(store),
      }),
    );
    return { enrolmentId: id };
  });
}

export function leaveCourse(
  store: Store,
  author: string | null,
  input: { enrolmentId: string; date?: string | undefined },
): { enrolmentId: string } {
  return runWrite(store, author, (w) => {
    const row = selectFirst(
      store,
      store.db
        .selectFrom('enrolments')
        .selectAll()
        .where('id', '=', input.enrolmentId)
        .where('deleted', '=', 0),
    );
    if (!row) throw new PristavError('NOT_FOUND', { what: input.enrolmentId });
    writeRow(w, 'enrolments', row.id, { left_on: input.date ?? storeToday(store) });
    return { enrolmentId: row.id };
  });
}
