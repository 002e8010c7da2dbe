import type { ImportCounts } from '../contract/legacy-import.ts';
import { writeRow } from '../changes/write-row.ts';
import { beginLongWrite, runWrite, type WriteTransaction } from '../changes/write-transaction.ts';
import { writeNewClient } from '../clients/client-writes.ts';
import { resolveClientId } from '../clients/client-resolution.ts';
import { confidentialServiceTypes } from '../contract/services.ts';
import { findEnrolments } from '../courses/enrolments.ts';
import { newId } from '../ids.ts';
import type { Store } from '../store.ts';
import { findLesson } from './check-attendance.ts';
import { emptyCounts, type ImportPlan, plannedRows } from './import-plan.ts';
import { type JobControl, rowsPerChunk } from './job-control.ts';
import { writeLegacyRef } from './legacy-refs.ts';

type Step = (w: WriteTransaction) => void;

/** Every row of the plan as one write, in the order the later ones need the earlier ones. */
function* planSteps(
  store: Store,
  userId: string | null,
  plan: ImportPlan,
  counts: ImportCounts,
): Generator<Step> {
  const { source, known } = plan;
  const clientIds = new Map(known.client);
  const courseIds = new Map(known.course);
  // Merges do not happen during the import: each ref is resolved to its survivor once.
  const survivors = new Map<string, string>();
  const clientOf = (ref: string) => {
    let id = survivors.get(ref);
    if (id === undefined) survivors.set(ref, (id = resolveClientId(store, clientIds.get(ref)!)));
    return id;
  };

  for (const client of plan.clients) {
    yield (w) => {
      const id = writeNewClient(w, userId, client.fields);
      writeLegacyRef(w, { source, kind: 'client', ref: client.ref }, id);
      clientIds.set(client.ref, id);
      counts.clients++;
    };
  }
  for (const course of plan.courses) {
    yield (w) => {
      const id = newId();
      const { fields } = course;
      writeRow(w, 'courses', id, {
        kind: fields.kind,
        title: fields.title,
        town: fields.town,
        venue: fields.venue,
        level: fields.level,
        lecturer: fields.lecturer,
        start_date: fields.startDate,
        end_date: fields.endDate,
        capacity: fields.capacity,
        schedule: JSON.stringify(fields.schedule),
      });
      writeLegacyRef(w, { source, kind: 'course', ref: course.ref }, id);
      courseIds.set(course.ref, id);
      counts.courses++;
    };
  }
  for (const act of plan.services) {
    yield (w) => {
      const id = newId();
      // As recordAct writes an act, with no worker: the register does not say who delivered it.
      writeRow(w, 'service_acts', id, {
        client_id: clientOf(act.clientRef),
        type: act.type,
        date: act.date,
        town: act.town,
        minutes: act.minutes,
        worker_id: null,
        note: act.note,
        is_confidential: confidentialServiceTypes.has(act.type),
        computer: '',
      });
      writeLegacyRef(w, { source, kind: 'service', ref: act.key }, id);
      counts.services++;
    };
  }
  for (const tally of plan.tallies) {
    yield (w) => {
      const id = newId();
      const { type, date, town, count } = tally;
      writeRow(w, 'anonymous_tallies', id, { date, type, town, count });
      writeLegacyRef(w, { source, kind: 'tally', ref: tally.key }, id);
      counts.tallies++;
    };
  }
  const lessonIds = new Map<string, string>();
  const enrolledIds = new Map<string, string>();
  for (const mark of plan.attendance) {
    yield (w) => {
      const courseId = courseIds.get(mark.courseRef)!;
      const clientId = clientOf(mark.clientRef);
      const lessonKey = `${courseId}\n${mark.date}`;
      let lessonId = lessonIds.get(lessonKey) ?? findLesson(store, courseId, mark.date)?.id;
      if (lessonId === undefined) {
        lessonId = newId();
        writeRow(w, 'lessons', lessonId, { course_id: courseId, date: mark.date });
        counts.lessons++;
      }
      lessonIds.set(lessonKey, lessonId);
      // Marks are kept under the enrolled record, as attendance.mark keeps them.
      const enrolmentKey = `${courseId}\n${clientId}`;
      let enrolledId =
        enrolledIds.get(enrolmentKey) ?? findEnrolments(store, courseId, clientId)[0]?.client_id;
      if (enrolledId === undefined) {
        enrolledId = clientId;
        writeRow(w, 'enrolments', newId(), {
          course_id: courseId,
          client_id: clientId,
          enrolled_on: mark.enrolledOn,
        });
      }
      enrolledIds.set(enrolmentKey, enrolledId);
      writeRow(w, 'attendance', `${lessonId}:${enrolledId}`, {
        lesson_id: lessonId,
        client_id: enrolledId,
        is_present: mark.isPresent,
      });
      counts.attendance++;
    };
  }
}

/**
 * Writes a checked plan as one transaction, a chunk of rows per turn of the event loop so that
 * progress can be asked for and the job cancelled. Any failure or a cancel rolls it all back.
 */
export async function writeImport(
  store: Store,
  userId: string | null,
  plan: ImportPlan,
  control: JobControl,
): Promise<ImportCounts> {
  const counts = { ...emptyCounts(), unchanged: plan.counts.unchanged };
  const total = plannedRows(plan);
  const steps = planSteps(store, userId, plan, counts);
  const transaction = beginLongWrite(store);
  try {
    let done = 0;
    for (;;) {
      const chunk: Step[] = [];
      for (let next = steps.next(); !next.done; next = steps.next()) {
        chunk.push(next.value);
        if (chunk.length === rowsPerChunk) break;
      }
      if (chunk.length === 0) break;
      runWrite(store, userId, (w) => chunk.forEach((step) => step(w)));
      done += chunk.length;
      control.progress('writing', done, total);
      await control.checkpoint();
    }
    transaction.commit();
    return counts;
  } catch (error) {
    transaction.rollback();
    throw error;
  }
}
