import type { SubjectAccessData } from '../../contract/gdpr.ts';
import { prepared, type Store } from '../../store.ts';

/*
 * What the person received: acts recorded by hand (confidential counselling notes included —
 * it is their own data), library loans, and courses with every marked lesson. Deleted rows
 * are left out: they are no longer held as records (their operations are in the history).
 */

type Activity = Pick<SubjectAccessData, 'acts' | 'loans' | 'courses'>;

export function readSubjectActivity(store: Store, recordIds: string[]): Activity {
  const ids = JSON.stringify(recordIds);
  return {
    acts: readActs(store, ids),
    loans: readLoans(store, ids),
    courses: readCourses(store, ids),
  };
}

function readActs(store: Store, ids: string): Activity['acts'] {
  const rows = prepared(
    store,
    `SELECT a.id, a.client_id, a.type, a.date, a.town, a.minutes, a.note, a.is_confidential,
       u.name AS worker
     FROM service_acts a LEFT JOIN users u ON u.id = a.worker_id
     WHERE a.deleted = 0 AND a.client_id IN (SELECT value FROM json_each(?))
     ORDER BY a.date, a.id`,
  ).all(ids) as {
    id: string;
    client_id: string;
    type: string;
    date: string;
    town: string;
    minutes: number | null;
    note: string;
    is_confidential: number;
    worker: string | null;
  }[];
  return rows.map((row) => ({
    id: row.id,
    recordId: row.client_id,
    type: row.type,
    date: row.date,
    town: row.town,
    minutes: row.minutes,
    note: row.note,
    isConfidential: row.is_confidential === 1,
    worker: row.worker,
  }));
}

function readLoans(store: Store, ids: string): Activity['loans'] {
  const rows = prepared(
    store,
    `SELECT o.id, o.client_id, coalesce(b.title, '') AS title, coalesce(b.author, '') AS author,
       o.loaned_on, o.due_on, o.returned_on, o.renewals, o.town
     FROM loans o LEFT JOIN books b ON b.id = o.book_id
     WHERE o.deleted = 0 AND o.client_id IN (SELECT value FROM json_each(?))
     ORDER BY o.loaned_on, o.id`,
  ).all(ids) as {
    id: string;
    client_id: string;
    title: string;
    author: string;
    loaned_on: string;
    due_on: string;
    returned_on: string | null;
    renewals: number;
    town: string;
  }[];
  return rows.map((row) => ({
    id: row.id,
    recordId: row.client_id,
    title: row.title,
    author: row.author,
    loanedOn: row.loaned_on,
    dueOn: row.due_on,
    returnedOn: row.returned_on,
    renewals: row.renewals,
    town: row.town,
  }));
}

/** Courses from the person's enrolments and from their marks (a mark may outlive its enrolment). */
function readCourses(store: Store, ids: string): Activity['courses'] {
  const courses = prepared(
    store,
    `SELECT c.id, c.title, c.kind, c.town,
       (SELECT min(e.enrolled_on) FROM enrolments e WHERE e.course_id = c.id AND e.deleted = 0
          AND e.client_id IN (SELECT value FROM json_each(@ids))) AS enrolled_on,
       (SELECT CASE WHEN count(*) = count(e.left_on) THEN max(e.left_on) END
          FROM enrolments e WHERE e.course_id = c.id AND e.deleted = 0
          AND e.client_id IN (SELECT value FROM json_each(@ids))) AS left_on
     FROM courses c
     WHERE c.deleted = 0 AND c.id IN (
       SELECT e.course_id FROM enrolments e
       WHERE e.deleted = 0 AND e.client_id IN (SELECT value FROM json_each(@ids))
       UNION
       SELECT l.course_id FROM attendance t JOIN lessons l ON l.id = t.lesson_id
       WHERE t.deleted = 0 AND t.client_id IN (SELECT value FROM json_each(@ids)))
     ORDER BY enrolled_on, c.start_date, c.id`,
  ).all({ ids }) as {
    id: string;
    title: string;
    kind: string;
    town: string;
    enrolled_on: string | null;
    left_on: string | null;
  }[];
  const lessons = prepared(
    store,
    `SELECT l.id, l.date, max(t.is_present) AS is_present
     FROM attendance t JOIN lessons l ON l.id = t.lesson_id
     WHERE t.deleted = 0 AND l.deleted = 0 AND l.course_id = ?
       AND t.client_id IN (SELECT value FROM json_each(?))
     GROUP BY l.id ORDER BY l.date, l.start_time`,
  );
  return courses.map((course) => ({
    id: course.id,
    title: course.title,
    kind: course.kind,
    town: course.town,
    enrolledOn: course.enrolled_on,
    leftOn: course.left_on,
    lessons: (
      lessons.all(course.id, ids) as { id: string; date: string; is_present: number }[]
    ).map((lesson) => ({ id: lesson.id, date: lesson.date, isPresent: lesson.is_present === 1 })),
  }));
}
