import { createClient } from '../clients/client-writes.ts';
import { clientFields } from '../contract/clients.ts';
import { courseCreateInput } from '../contract/courses.ts';
import { bookCreateInput } from '../contract/library.ts';
import { markAttendance } from '../courses/attendance.ts';
import { cancelLesson, createCourse } from '../courses/course-writes.ts';
import { enrolClient } from '../courses/enrolments.ts';
import { createBook } from '../library/books.ts';
import { lendBook, returnLoan } from '../library/loans.ts';
import { buildPeriodReport } from '../reports/period-report.ts';
import { recordAct } from '../services/acts.ts';
import { addTally } from '../services/tallies.ts';
import { selectAll } from '../query.ts';
import type { Store } from '../store.ts';
import { demoFundingLine, getSettings, setSettings } from '../settings/settings-queries.ts';
import { assertNoClients, demoHq, ensureDemoSite } from './demo-site.ts';
import { createRandom } from './random.ts';
import { periodFrom, periodTo } from './release-2010-calendar.ts';
import { books, type PlannedLoan } from './release-2010-library.ts';
import { type PlannedCourse, planRelease2010 } from './release-2010-plan.ts';
import { release2010Differences } from './release-2010-verify.ts';

/**
 * Fills an empty database with the centre of the 2010 press release (FIGURES.md): the same
 * seed gives the same people, courses and acts. One transaction: a failure leaves nothing.
 */
export function fillRelease2010(
  store: Store,
  options: { seed?: number } = {},
): { clients: number; acts: number } {
  return store.sqlite.transaction(() => {
    assertNoClients(store);
    const { author } = ensureDemoSite(store);
    // The press release's funder; a real centre starts with an empty line of its own.
    if (getSettings(store).fundingLine === '') {
      setSettings(store, author, { fundingLine: demoFundingLine });
    }
    const plan = planRelease2010(createRandom(options.seed ?? 2010));

    const ids = plan.people.map(
      (person) => createClient(store, author, clientFields.parse(person)).id,
    );
    for (const course of plan.courses) writeCourse(store, author, course, ids);
    for (const act of plan.acts) {
      const { client, ...fields } = act;
      recordAct(store, author, { clientId: ids[client]!, ...fields });
    }
    writeLoans(store, author, plan.loans, ids);
    for (const tally of plan.tallies) addTally(store, author, { ...tally, town: demoHq.town });

    const report = buildPeriodReport(store, { from: periodFrom, to: periodTo });
    const differences = release2010Differences(report);
    if (differences.length > 0) {
      throw new Error(`demo --release-2010 does not match FIGURES.md: ${differences.join('; ')}`);
    }
    return { clients: report.clients, acts: report.acts };
  })();
}

function writeCourse(store: Store, author: string | null, planned: PlannedCourse, ids: string[]) {
  const course = createCourse(store, author, courseCreateInput.parse(planned.spec));
  const lessons = selectAll(
    store,
    store.db
      .selectFrom('lessons')
      .select('id')
      .where('course_id', '=', course.id)
      .where('deleted', '=', 0)
      .orderBy('date')
      .orderBy('start_time'),
  );
  if (lessons.length !== planned.lessons.length) {
    throw new Error(
      `course ${course.title}: ${lessons.length} lessons, planned ${planned.lessons.length}`,
    );
  }
  for (const enrolment of planned.enrolments) {
    enrolClient(store, author, {
      courseId: course.id,
      clientId: ids[enrolment.client]!,
      date: enrolment.enrolledOn,
    });
  }
  planned.lessons.forEach((lesson, index) => {
    const lessonId = lessons[index]!.id;
    if (lesson.isCancelled) {
      cancelLesson(store, author, lessonId, true);
      return;
    }
    const marks = planned.enrolments.flatMap((e) => {
      const isPresent = e.present.includes(index);
      return isPresent || e.absent.includes(index) ? [{ clientId: ids[e.client]!, isPresent }] : [];
    });
    if (marks.length > 0) markAttendance(store, author, { lessonId, marks });
  });
}

/** Loans and returns in the order they happened, so a copy is on the shelf when lent. */
function writeLoans(store: Store, author: string | null, loans: PlannedLoan[], ids: string[]) {
  const bookIds = books.map((book) => createBook(store, author, bookCreateInput.parse(book)).id);
  const events = loans.flatMap((loan, index) => [
    { date: loan.date, index, isReturn: false },
    ...(loan.returnedOn === null ? [] : [{ date: loan.returnedOn, index, isReturn: true }]),
  ]);
  // Returns first on a day: the copy brought back in the morning can go out again.
  events.sort((a, b) =>
    a.date === b.date ? Number(b.isReturn) - Number(a.isReturn) : a.date < b.date ? -1 : 1,
  );
  const loanIds = new Map<number, string>();
  for (const event of events) {
    const loan = loans[event.index]!;
    if (event.isReturn) {
      returnLoan(store, author, { loanId: loanIds.get(event.index)!, date: event.date });
    } else {
      const lent = lendBook(store, author, {
        bookId: bookIds[loan.book]!,
        clientId: ids[loan.client]!,
        date: loan.date,
      });
      loanIds.set(event.index, lent.id);
    }
  }
}
