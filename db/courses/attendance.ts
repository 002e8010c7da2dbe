import { runWrite, writeRow } from '../changes/index.ts';
import { clientDisplayName } from '../clients/client-mapping.ts';
import { readClientRow, resolveClientId } from '../clients/client-resolution.ts';
import { assertMayRecordFor } from '../clients/new-act-guard.ts';
import { PristavError } from '../errors.ts';
import { prepared, type Store } from '../store.ts';
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
      const markId = `${lesson.id}:${enrolment.client_id}`;
      // A new presence is a new act; an absence, or a presence already marked, is not.
      if (mark.isPresent && !isMarkedPresent(store, markId)) {
        const row = readClientRow(store, clientId);
        if (row) assertMayRecordFor(store, row);
      }
      writeRow(w, 'attendance', markId, {
        lesson_id: lesson.id,
        client_id: enrolment.client_id,
        is_present: mark.isPresent,
      });
    }
    const { present } = store.sqlite
      .prepare(
        'SELECT count(*) AS present FROM attendance WHERE lesson_id = ? AND is_present = 1 AND deleted = 0',
      )
      .get(lesson.id) as { present: number };
    return { lessonId: lesson.id, present };
  });
}

function isMarkedPresent(store: Store, markId: string): boolean {
  return (
    prepared(store, 'SELECT 1 FROM attendance WHERE id = ? AND is_present = 1 AND deleted = 0').get(
      markId,
    ) !== undefined
  );
}
