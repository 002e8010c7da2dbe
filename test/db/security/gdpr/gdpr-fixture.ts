import { createApi } from '../../../../db/api.ts';
import { dumpSyncedData } from '../../../../db/changes/dump.ts';
import type { Lesson } from '../../../../db/contract/courses.ts';
import { openTempStore } from '../../../helpers/temp-database.ts';
import { apiCalls } from '../../../helpers/temp-api.ts';

/**
 * A centre with one person who has a bit of everything: a record edited once, a second record
 * merged into it, a socio-legal counselling act with a confidential note and an internet act,
 * a returned loan, a course with two marked lessons, and the record opened once.
 */
export async function openGdprCentre(options: { clock?: { now: number } } = {}) {
  const clock = options.clock ?? { now: Date.UTC(2026, 10, 2, 10) };
  const temp = await openTempStore({ now: () => clock.now });
  const api = createApi(temp.store);
  const { ok, fail: refused } = apiCalls(api);

  const client = await ok('clients.create', {
    familyName: 'Nguyễn',
    givenNames: 'Thị Thu Hằng',
    birthDate: '1986-04-23',
    sex: 'F',
    nationality: 'VN',
    residenceStatus: 'long_term',
    town: 'Liberec',
    phone: '777 123 456',
    email: 'hang@example.cz',
    languages: ['vi', 'cs'],
    preferredLanguage: 'vi',
    firstContact: '2025-02-10',
    consentDate: '2025-02-10',
    consentVersion: '2026-11',
  });
  await ok('clients.update', { id: client.id, changes: { phone: '608 555 111' } });
  const second = await ok('clients.create', {
    familyName: 'Nguyen',
    givenNames: 'Thi Thu Hang',
    nationality: 'VN',
    isConsentPending: true,
    otherSpellings: 'Нгуен Тхи ТхуХанг',
  });
  // Recorded on the second record before it was found to be the same person.
  const internet = await ok('acts.record', {
    clientId: second.id,
    type: 'internet',
    date: '2025-03-05',
    note: '',
  });
  await ok('clients.merge', { survivorId: client.id, mergedId: second.id });

  const counselling = await ok('acts.record', {
    clientId: client.id,
    type: 'social_legal_counselling',
    date: '2025-03-04',
    minutes: 45,
    note: 'Žádost o prodloužení pobytu; zdravotní potíže (důvěrné).',
  });
  const book = await ok('books.create', {
    title: 'Truyện Kiều',
    author: 'Nguyễn Du',
    language: 'vi',
  });
  const loan = await ok('loans.lend', {
    bookId: book.id,
    clientId: client.id,
    date: '2025-04-01',
  });
  await ok('loans.return', { loanId: loan.id, date: '2025-04-20' });
  const course = await ok('courses.create', {
    kind: 'czech_low_threshold',
    title: 'Čeština pro začátečníky',
    town: 'Liberec',
    startDate: '2025-05-01',
    endDate: '2025-06-30',
  });
  const lessons: Lesson[] = [];
  for (const date of ['2025-05-06', '2025-05-13']) {
    lessons.push(
      await ok('lessons.add', { courseId: course.id, date, start: '17:00', end: '18:30' }),
    );
  }
  await ok('enrolments.enrol', { courseId: course.id, clientId: client.id, date: '2025-05-01' });
  await ok('attendance.mark', {
    lessonId: lessons[0]!.id,
    marks: [{ clientId: client.id, isPresent: true }],
  });
  await ok('attendance.mark', {
    lessonId: lessons[1]!.id,
    marks: [{ clientId: client.id, isPresent: false }],
  });
  await ok('clients.get', { id: client.id });

  /** Synced data and the change log: what a refused call must leave as it was. */
  const dump = () => {
    const ops = temp.store.sqlite.prepare('SELECT count(*) FROM ops').pluck().get();
    return JSON.stringify({ ops, data: dumpSyncedData(temp.store) });
  };

  return {
    ...temp,
    clock,
    api,
    ok,
    refused,
    dump,
    client,
    second,
    acts: { counselling, internet },
    book,
    loan,
    course,
    lessons,
  };
}

export type GdprCentre = Awaited<ReturnType<typeof openGdprCentre>>;
