import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../../../db/api.ts';
import { dumpSyncedData } from '../../../../db/changes/dump.ts';
import { writeRow } from '../../../../db/changes/write-row.ts';
import { runWrite } from '../../../../db/changes/write-transaction.ts';
import { openTempStore } from '../../../helpers/temp-database.ts';
import { apiCalls } from '../../../helpers/temp-api.ts';

/**
 * Issue 12 (c): clients with no act for N years are listed; anonymising keeps what the reports
 * count and removes what names the person, in one transaction through the change log.
 */
let temp: Awaited<ReturnType<typeof openTempStore>>;
let api: Api;
const now = Date.UTC(2026, 10, 2, 10);
const ids: Record<string, string> = {};
/** The id person() gave `key`; a typo in a test's name fails at once rather than as undefined. */
function idOf(key: string): string {
  const id = ids[key];
  if (id === undefined) throw new Error(`no client ${key} registered`);
  return id;
}

const { ok, fail: refused } = apiCalls(() => api);
async function person(key: string, fields: Record<string, unknown> = {}) {
  const client = await ok('clients.create', {
    familyName: key,
    givenNames: 'Test',
    nationality: 'UA',
    consentDate: '2015-01-01',
    ...fields,
  });
  ids[key] = client.id;
  return client.id;
}
const act = (clientId: string, date: string, note = '') =>
  ok('acts.record', { clientId, type: 'social_legal_counselling', date, note });
const snapshot = () =>
  JSON.stringify({
    ops: temp.store.sqlite.prepare('SELECT count(*) FROM ops').pluck().get(),
    data: dumpSyncedData(temp.store),
  });

beforeEach(async () => {
  temp = await openTempStore({ now: () => now });
  api = createApi(temp.store);
  // Šimková: one act long ago, with a note that names her; born 12 March 1980.
  await act(
    await person('Šimková', {
      givenNames: 'Olena',
      birthDate: '1980-03-12',
      sex: 'F',
      residenceStatus: 'permanent',
      phone: '777 000 111',
      email: 'olena@example.cz',
      town: 'Turnov',
      otherSpellings: 'Шимкова',
      note: 'Sestra Iryna bydlí v Jablonci.',
      languages: ['uk'],
      preferredLanguage: 'uk',
      firstContact: '2016-05-01',
    }),
    '2019-05-01',
    'Olena přišla s manželem Petrem.',
  );
  // Bondar: an old act, and a merged record of hers with a recent one.
  await act(await person('Bondar'), '2019-05-01');
  await act(await person('Bondarová'), '2023-01-15');
  await ok('clients.merge', { survivorId: idOf('Bondar'), mergedId: idOf('Bondarová') });
  // Dovženko: no act at all, first contact long ago.
  await person('Dovženko', { firstContact: '2020-01-01' });
  // Evtušenko: registered today, nothing else.
  await person('Evtušenko', { consentDate: undefined, isConsentPending: true });
  const book = await ok('books.create', { title: 'Kobzar', language: 'uk', copies: 3 });
  // Franko still has a book from 2018; Gončar returned his in 2022.
  await ok('loans.lend', {
    bookId: book.id,
    clientId: await person('Franko'),
    date: '2018-03-01',
  });
  const loan = await ok('loans.lend', {
    bookId: book.id,
    clientId: await person('Gončar'),
    date: '2018-03-01',
  });
  await ok('loans.return', { loanId: loan.id, date: '2022-01-10' });
  // Hrycenko attended a lesson in 2019.
  const course = await ok('courses.create', {
    kind: 'czech_intensive',
    title: 'Čeština B1',
    town: 'Liberec',
    startDate: '2019-09-01',
    endDate: '2019-12-20',
  });
  const lesson = await ok('lessons.add', {
    courseId: course.id,
    date: '2019-09-10',
    start: '17:00',
    end: '18:30',
  });
  await ok('enrolments.enrol', {
    courseId: course.id,
    clientId: await person('Hrycenko'),
    date: '2019-09-01',
  });
  await ok('attendance.mark', {
    lessonId: lesson.id,
    marks: [{ clientId: idOf('Hrycenko'), isPresent: true }],
  });
  // Ivanenko had an old act but was removed from the register.
  await act(await person('Ivanenko'), '2018-01-01');
  runWrite(temp.store, null, (w) => writeRow(w, 'clients', idOf('Ivanenko'), { deleted: true }));
});
afterEach(() => temp.close());

describe('the retention list', () => {
  it('lists who had no contact for five years (the setting), longest inactive first', async () => {
    const list = await ok('clients.inactive', {});
    expect(list.years).toBe(5);
    expect(list.cutoff).toBe('2021-11-02');
    expect(list.clients.map((client) => [client.displayName, client.lastActivity])).toEqual([
      ['Šimková Olena', '2019-05-01'],
      ['Hrycenko Test', '2019-09-10'],
      ['Dovženko Test', '2020-01-01'],
    ]);
    expect(list.clients[0]).toEqual({
      id: idOf('Šimková'),
      displayName: 'Šimková Olena',
      nationality: 'UA',
      birthYear: 1980,
      lastActivity: '2019-05-01',
    });
  });

  it('takes other years when asked, and the setting when it changes', async () => {
    const four = await ok('clients.inactive', { years: 4 });
    expect(four.cutoff).toBe('2022-11-02');
    expect(four.clients.map((client) => client.displayName)).toContain('Gončar Test');
    expect(four.clients.map((client) => client.displayName)).not.toContain('Bondar Test');
    await ok('settings.set', { retentionYears: 7 });
    const seven = await ok('clients.inactive', undefined);
    expect(seven.cutoff).toBe('2019-11-02');
    expect(seven.clients.map((client) => client.displayName)).toEqual([
      'Šimková Olena',
      'Hrycenko Test',
    ]);
    expect((await refused('settings.set', { retentionYears: 0 })).code).toBe('VALIDATION');
  });
});

describe('anonymising', () => {
  it('keeps nationality, birth year, sex, status and acts; removes names, contacts and notes', async () => {
    const result = await ok('clients.anonymise', {
      ids: [idOf('Šimková'), idOf('Dovženko')],
    });
    expect(result).toEqual({
      years: 5,
      cutoff: '2021-11-02',
      clients: [
        { id: idOf('Šimková'), nationality: 'UA', birthYear: 1980, lastActivity: '2019-05-01' },
        { id: idOf('Dovženko'), nationality: 'UA', birthYear: null, lastActivity: '2020-01-01' },
      ],
    });
    const detail = await ok('clients.get', { id: idOf('Šimková') });
    expect(detail.client).toEqual({
      id: idOf('Šimková'),
      isPseudonymous: false,
      familyName: '',
      givenNames: '',
      nickname: '',
      otherSpellings: '',
      birthDate: '1980',
      sex: 'F',
      nationality: 'UA',
      residenceStatus: 'permanent',
      residenceValidUntil: null,
      town: '',
      phone: '',
      email: '',
      languages: [],
      preferredLanguage: '',
      firstContact: '2016-05-01',
      registeringSiteId: expect.any(String),
      consentDate: null,
      consentVersion: '',
      consentWithdrawn: null,
      isConsentPending: false,
      note: '',
      mergedInto: null,
      anonymisedOn: '2026-11-02',
    });
    const acts = temp.store.sqlite
      .prepare('SELECT date, note FROM service_acts WHERE client_id = ?')
      .all(idOf('Šimková'));
    expect(acts).toEqual([{ date: '2019-05-01', note: '' }]);
    // The search index and the duplicate keys followed the row.
    expect(await ok('clients.search', { text: 'simkova', limit: 50 })).toEqual([]);
    expect(await ok('clients.search', { text: 'Шимкова', limit: 50 })).toEqual([]);
    const audit = temp.store.sqlite
      .prepare("SELECT count(*) FROM audit_log WHERE action = 'anonymise'")
      .pluck()
      .get();
    expect(audit).toBe(2);
    // Not listed again, shown under no name, and closed to new acts and edits.
    const list = await ok('clients.inactive', {});
    expect(list.clients.map((client) => client.displayName)).toEqual(['Hrycenko Test']);
    const summary = await ok('clients.list', {
      servedFrom: '2019-01-01',
      servedTo: '2019-12-31',
    });
    expect(summary.rows.find((row) => row.id === idOf('Šimková'))).toMatchObject({
      displayName: 'Anonymizovaný klient',
      isAnonymised: true,
    });
    // The register leaves the nameless records out; whom a report counts, it still lists.
    const register = await ok('clients.list', {});
    expect(register.rows.map((row) => row.id)).not.toContain(idOf('Šimková'));
    expect(
      (await refused('acts.record', { clientId: idOf('Šimková'), type: 'internet' })).code,
    ).toBe('CLIENT_ANONYMISED');
    expect(
      (await refused('clients.update', { id: idOf('Šimková'), changes: { familyName: 'X' } })).code,
    ).toBe('CLIENT_ANONYMISED');
  });

  it('shows the earlier names, contacts and notes again nowhere: not in the history, not in an export', async () => {
    await ok('clients.anonymise', { ids: [idOf('Šimková')] });
    const history = await ok('clients.history', {
      id: idOf('Šimková'),
    });
    const exported = await ok('clients.exportSubject', {
      clientId: idOf('Šimková'),
      format: 'json',
    });
    const json = Buffer.from(exported.base64, 'base64').toString('utf8');
    for (const text of [JSON.stringify(history), json]) {
      for (const personal of [
        'Šimková',
        'Olena',
        'Шимкова',
        '777 000 111',
        'olena@',
        'Turnov',
        'Iryna',
        'Petrem',
        '1980-03-12',
      ]) {
        expect(text).not.toContain(personal);
      }
    }
    expect(history.find((entry) => entry.field === 'birthDate')?.value).toBe('1980');
    expect(json).toContain('"nationality": "UA"');
  });

  it('anonymises a merged person’s every record', async () => {
    await act(idOf('Bondar'), '2015-01-01');
    const three = await ok('clients.anonymise', {
      ids: [idOf('Bondarová')],
      years: 3,
    });
    expect(three.clients.map((client) => client.id)).toEqual([idOf('Bondar')]);
    const names = temp.store.sqlite
      .prepare('SELECT family_name, anonymised_on FROM clients WHERE id IN (?, ?)')
      .all(idOf('Bondar'), idOf('Bondarová'));
    expect(names).toEqual([
      { family_name: '', anonymised_on: '2026-11-02' },
      { family_name: '', anonymised_on: '2026-11-02' },
    ]);
  });

  it('refuses the whole call when one client had contact since, and changes nothing', async () => {
    const before = snapshot();
    const error = await refused('clients.anonymise', { ids: [idOf('Šimková'), ids.Gončar] });
    expect(error.code).toBe('CLIENT_NOT_INACTIVE');
    expect(error.message).toBe(
      'Gončar Test: poslední kontakt 10. 1. 2022, tedy v posledních 5 letech; záznam nelze anonymizovat. Nic nebylo anonymizováno.',
    );
    expect((await refused('clients.anonymise', { ids: [idOf('Franko')] })).code).toBe(
      'CLIENT_NOT_INACTIVE',
    );
    expect((await refused('clients.anonymise', { ids: [ids.Evtušenko] })).code).toBe(
      'CLIENT_NOT_INACTIVE',
    );
    expect((await refused('clients.anonymise', { ids: ['nobody'] })).code).toBe('NOT_FOUND');
    expect((await refused('clients.anonymise', { ids: [] })).code).toBe('VALIDATION');
    expect(snapshot()).toBe(before);
  });
});
