import type { SubjectAccessData } from '../../contract/gdpr.ts';
import { sql } from 'kysely';
import { selectAll } from '../../query.ts';
import type { Store } from '../../store.ts';
import { recordIdsIn } from './record-ids.ts';

/*
 * What the person received: acts recorded by hand (confidential counselling notes included —
 * it is their own data), library loans, and courses with every marked lesson. Deleted rows
 * are left out: they are no longer held as records (their operations are in the history).
 */

type Activity = Pick<SubjectAccessData, 'acts' | 'loans' | 'courses'>;

export function readSubjectActivity(store: Store, recordIds: string[]): Activity {
  return {
    acts: readActs(store, recordIds),
    loans: readLoans(store, recordIds),
    courses: readCourses(store, recordIds),
  };
}

function readActs(store: Store, ids: string[]): Activity['acts'] {
  const rows = selectAll(
    store,
    store.db
      .selectFrom('service_acts as a')
      .leftJoin('users as u', 'u.id', 'a.worker_id')
      .select([
        'a.id',
        'a.client_id',
        'a.type',
        'a.date',
        'a.town',
        'a.minutes',
        'a.note',
        'a.is_confidential',
        'u.name as worker',
      ])
      .where('a.deleted', '=', 0)
      .where('a.client_id', 'in', recordIdsIn(store, ids))
      .orderBy('a.date')
      .orderBy('a.id'),
  );
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

function readLoans(store: Store, ids: string[]): Activity['loans'] {
  const rows = selectAll(
    store,
    store.db
      .selectFrom('loans as o')
      .leftJoin('books as b', 'b.id', 'o.book_id')
      .select((eb) => [
        'o.id',
        'o.client_id',
        eb.fn.coalesce('b.title', sql<string>`''`).as('title'),
        eb.fn.coalesce('b.author', sql<string>`''`).as('author'),
        'o.loaned_on',
        'o.due_on',
        'o.returned_on',
        'o.renewals',
        'o.town',
      ])
      .where('o.deleted', '=', 0)
      .where('o.client_id', 'in', recordIdsIn(store, ids))
      .orderBy('o.loaned_on')
      .orderBy('o.id'),
  );
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
function readCourses(store: Store, ids: string[]): Activity['courses'] {
  const enrolled = recordIdsIn(store, ids);
  const courses = selectAll(
    store,
    store.db
      .selectFrom('courses as c')
      .select((eb) => {
        const enrolmentsHere = () =>
          eb
            .selectFrom('enrolments as e')
            .whereRef('e.course_id', '=', 'c.id')
            .where('e.deleted', '=', 0)
            .where('e.client_id', 'in', enrolled);
        return [
          'c.id',
          'c.title',
          'c.kind',
          'c.town',
          enrolmentsHere()
            .select((sub) => sub.fn.min('e.enrolled_on').as('first'))
            .as('enrolled_on'),
          // The last day left only when every enrolment has ended.
          enrolmentsHere()
            .select(
              sql<string | null>`CASE WHEN count(*) = count(e.left_on) THEN max(e.left_on) END`.as(
                'last',
              ),
            )
            .as('left_on'),
        ];
      })
      .where('c.deleted', '=', 0)
      .where('c.id', 'in', (eb) =>
        eb
          .selectFrom('enrolments as e')
          .select('e.course_id')
          .where('e.deleted', '=', 0)
          .where('e.client_id', 'in', enrolled)
          .union(
            eb
              .selectFrom('attendance as t')
              .innerJoin('lessons as l', 'l.id', 't.lesson_id')
              .select('l.course_id')
              .where('t.deleted', '=', 0)
              .where('t.client_id', 'in', enrolled),
          ),
      )
      .orderBy('enrolled_on')
      .orderBy('c.start_date')
      .orderBy('c.id'),
  );
  return courses.map((course) => ({
    id: course.id,
    title: course.title,
    kind: course.kind,
    town: course.town,
    enrolledOn: course.enrolled_on,
    leftOn: course.left_on,
    lessons: selectAll(
      store,
      store.db
        .selectFrom('attendance as t')
        .innerJoin('lessons as l', 'l.id', 't.lesson_id')
        .select((eb) => ['l.id', 'l.date', eb.fn.max('t.is_present').as('is_present')])
        .where('t.deleted', '=', 0)
        .where('l.deleted', '=', 0)
        .where('l.course_id', '=', course.id)
        .where('t.client_id', 'in', enrolled)
        .groupBy('l.id')
        .orderBy('l.date')
        .orderBy('l.start_time'),
    ).map((lesson) => ({ id: lesson.id, date: lesson.date, isPresent: lesson.is_present === 1 })),
  }));
}
