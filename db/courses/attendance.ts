import { sql } from 'kysely';
import { runWrite, writeRow } from '../changes/index.ts';
import { clientDisplayName } from '../clients/client-mapping.ts';
import { readClientRow, resolveClientId } from '../clients/client-resolution.ts';
import { assertMayRecordFor } from '../clients/new-act-guard.ts';
import { PristavError } from '../errors.ts';
import { selectFirst } from '../query.ts';
import type { Store } from '../store.ts';
import { attendanceId, toAttendanceColumns } from './course-mapping.ts';
import { readLessonRow } from './course-queries.ts';
import { findEnrolments } from './enrolments.ts';

/**
 * Ticks one lesson for several participants in one transaction: either every mark is valid
 * and saved, or none is. The row id is lesson:client, the same at every office.
 */
export function markAttendance(
  store: Store,
  author: string | null,
  input: { lessonId: string; marks: { clientId: string; isPresent: boolean }[] },
): { lessonId: string; present: number } {
  return runWrite(store, author, (w) => {
    const lesson = readLessonRow(store, input.lessonId);
    if (lesson.is_cancelled) throw new PristavError('LESSON_CANCELLED', { date: lesson.date });
    for (const mark of input.marks) {
      const clientId = resolveClientId(store, mark.clientId);
      const enrolment = findEnrolments(store, lesson.course_id, clientId).find(
        (e) => e.left_on === null || e.left_on >= lesson.date,
      );
      if (!enrolment) {
        const row = readClientRow(store, clientId);
        throw new PristavError('NOT_ENROLLED', {
          client: row ? clientDisplayName(row) : mark.clientId,
        });
      }
      // Marks are kept under the enrolled record, so they follow it through merges.
      const markId = attendanceId(lesson.id, enrolment.client_id);
      // A new presence is a new act; an absence, or a presence already marked, is not.
      if (mark.isPresent && !isMarkedPresent(store, markId)) {
        const row = readClientRow(store, clientId);
        if (row) assertMayRecordFor(store, row);
      }
      writeRow(
        w,
        'attendance',
        markId,
        toAttendanceColumns({
          lessonId: lesson.id,
          clientId: enrolment.client_id,
          isPresent: mark.isPresent,
        }),
      );
    }
    const { present } = selectFirst(
      store,
      store.db
        .selectFrom('attendance')
        .select((eb) => eb.fn.countAll<number>().as('present'))
        .where('lesson_id', '=', lesson.id)
        // Literals, as the partial index attendance_attended states them (it then covers the
        // count); with parameters SQLite cannot prove the index applies.
        .where('is_present', '=', sql.lit(1))
        .where('deleted', '=', sql.lit(0)),
    )!;
    return { lessonId: lesson.id, present };
  });
}

function isMarkedPresent(store: Store, markId: string): boolean {
  const query = store.db
    .selectFrom('attendance')
    .select('id')
    .where('id', '=', markId)
    .where('is_present', '=', 1)
    .where('deleted', '=', 0);
  return selectFirst(store, query) !== undefined;
}
