import { writeRow, type WriteTransaction } from '../changes/index.ts';
import { writeNewClient } from '../clients/client-writes.ts';
import { resolveClientId } from '../clients/client-resolution.ts';
import {
  attendanceId,
  toAttendanceColumns,
  toCourseColumns,
  toLessonColumns,
  toNewEnrolmentColumns,
} from '../courses/course-mapping.ts';
import { findEnrolments } from '../courses/enrolments.ts';
import { newId } from '../ids.ts';
import { toNewActColumns } from '../services/act-mapping.ts';
import type { Store } from '../store.ts';
import { findLesson } from './check-attendance.ts';
import {
  emptyCounts,
  type EnrolmentStarts,
  enrolmentKey,
  type PlannedClient,
  type PlannedCourse,
  type PlannedMark,
  type PlannedService,
  type PlannedTally,
  type PlanSink,
} from './import-plan.ts';
import { DigestMap } from './digest-map.ts';
import { findLegacyRef, type LegacyKind, writeLegacyRef } from '../legacy-refs/legacy-refs.ts';

type Step = (w: WriteTransaction) => void;

/**
 * Writes the rows the write pass accepts. They wait as steps of the current chunk (at most a
 * chunk's worth) until `writeChunk`, which runs them in order inside one runWrite. A later row
 * finds the client or course it refers to through its legacy ref, written with it in the same
 * transaction, so the writer keeps no ref → id map; only which refs it wrote (compactly), and
 * the lessons and enrolments it found or made.
 */
export function importWriter(
  store: Store,
  userId: string | null,
  source: string,
  enrolmentStarts: EnrolmentStarts,
) {
  const counts = emptyCounts();
  const written = { client: new DigestMap(), course: new DigestMap() };
  // A client imported before is followed to the record it was merged into; a new one is its own.
  const clientOf = (ref: string) => {
    const id = findLegacyRef(store, source, 'client', ref)!;
    return written.client.has(ref) ? id : resolveClientId(store, id);
  };
  const courseOf = (ref: string) => findLegacyRef(store, source, 'course', ref)!;
  const lessonIds = new Map<string, string>();
  const enrolledIds = new Map<string, string>();
  let chunk: Step[] = [];

  const sink: PlanSink = {
    client: (client: PlannedClient) =>
      chunk.push((w) => {
        const id = writeNewClient(w, userId, client.fields);
        writeLegacyRef(w, { source, kind: 'client', ref: client.ref }, id);
        written.client.set(client.ref, 1);
        counts.clients++;
      }),
    course: (course: PlannedCourse) =>
      chunk.push((w) => {
        const id = newId();
        writeRow(w, 'courses', id, toCourseColumns(course.fields));
        writeLegacyRef(w, { source, kind: 'course', ref: course.ref }, id);
        written.course.set(course.ref, 1);
        counts.courses++;
      }),
    service: (act: PlannedService) =>
      chunk.push((w) => {
        const id = newId();
        // As recordAct writes an act, with no worker: the register does not say who delivered it.
        writeRow(
          w,
          'service_acts',
          id,
          toNewActColumns({
            clientId: clientOf(act.clientRef),
            type: act.type,
            date: act.date,
            town: act.town,
            minutes: act.minutes,
            workerId: null,
            note: act.note,
            computer: '',
          }),
        );
        writeLegacyRef(w, { source, kind: 'service', ref: act.key }, id);
        counts.services++;
      }),
    tally: (tally: PlannedTally) =>
      chunk.push((w) => {
        const id = newId();
        const { type, date, town, count } = tally;
        writeRow(w, 'anonymous_tallies', id, { date, type, town, count });
        writeLegacyRef(w, { source, kind: 'tally', ref: tally.key }, id);
        counts.tallies++;
      }),
    attendance: (mark: PlannedMark) => chunk.push((w) => writeMark(w, mark)),
  };

  function writeMark(w: WriteTransaction, mark: PlannedMark) {
    const courseId = courseOf(mark.courseRef);
    const clientId = clientOf(mark.clientRef);
    const lessonKey = `${courseId}\n${mark.date}`;
    let lessonId = lessonIds.get(lessonKey) ?? findLesson(store, courseId, mark.date)?.id;
    if (lessonId === undefined) {
      lessonId = newId();
      writeRow(w, 'lessons', lessonId, toLessonColumns({ courseId, date: mark.date }));
      counts.lessons++;
    }
    lessonIds.set(lessonKey, lessonId);
    // Marks are kept under the enrolled record, as attendance.mark keeps them.
    const enrolmentId = `${courseId}\n${clientId}`;
    let enrolledId =
      enrolledIds.get(enrolmentId) ?? findEnrolments(store, courseId, clientId)[0]?.client_id;
    if (enrolledId === undefined) {
      enrolledId = clientId;
      const enrolledOn =
        enrolmentStarts.get(enrolmentKey(mark.courseRef, mark.clientRef)) ?? mark.date;
      writeRow(w, 'enrolments', newId(), toNewEnrolmentColumns({ courseId, clientId, enrolledOn }));
    }
    enrolledIds.set(enrolmentId, enrolledId);
    writeRow(
      w,
      'attendance',
      attendanceId(lessonId, enrolledId),
      toAttendanceColumns({ lessonId, clientId: enrolledId, isPresent: mark.isPresent }),
    );
    counts.attendance++;
  }

  return {
    sink,
    counts,
    isOwnRef: (kind: LegacyKind, ref: string) =>
      (kind === 'client' || kind === 'course') && written[kind].has(ref),
    /** Rows waiting to be written. */
    pending: () => chunk.length,
    /** Writes the waiting rows, in the order the pass accepted them. */
    writeChunk(w: WriteTransaction) {
      const steps = chunk;
      chunk = [];
      for (const step of steps) step(w);
    },
  };
}
