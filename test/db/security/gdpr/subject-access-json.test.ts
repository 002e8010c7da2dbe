import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubjectAccessData } from '../../../../db/contract/gdpr.ts';
import type { ExportedFile } from '../../../../db/contract/report-exports.ts';
import { openGdprCentre, type GdprCentre } from './gdpr-fixture.ts';

/** clients.exportSubject as JSON: everything held about one person, in the documented shape. */
describe('the subject-access export as JSON', () => {
  let centre: GdprCentre;
  let file: ExportedFile;
  let data: SubjectAccessData;
  beforeAll(async () => {
    centre = await openGdprCentre();
    // Asked for under the merged record's id: the export is the person's, under the survivor.
    file = await centre.ok('clients.exportSubject', {
      clientId: centre.second.id,
      format: 'json',
    });
    data = JSON.parse(Buffer.from(file.base64, 'base64').toString('utf8')) as SubjectAccessData;
  });
  afterAll(() => centre.close());

  it('is a JSON file without the person’s name in its file name', () => {
    expect(file.mimeType).toBe('application/json');
    expect(file.fileName).toBe('vypis-osobnich-udaju-2026-11-02.json');
    expect(data).toMatchObject({
      format: 'pristav-subject-access',
      formatVersion: 1,
      exportedAt: '2026-11-02T10:00:00.000Z',
      exportedBy: { user: 'Petra', site: 'Centrum Liberec' },
      controller: { organisation: '', site: 'Centrum Liberec', town: 'Liberec' },
    });
  });

  it('holds the record, the merged record and each record’s consent', () => {
    expect(data.client).toMatchObject({
      id: centre.client.id,
      familyName: 'Nguyễn',
      givenNames: 'Thị Thu Hằng',
      birthDate: '1986-04-23',
      phone: '608 555 111',
      email: 'hang@example.cz',
      languages: ['vi', 'cs'],
      preferredLanguage: 'vi',
      registeringSiteName: 'Centrum Liberec',
      anonymisedOn: null,
    });
    expect(data.mergedRecords.map((record) => [record.id, record.mergedInto])).toEqual([
      [centre.second.id, centre.client.id],
    ]);
    expect(data.consents).toEqual([
      {
        recordId: centre.client.id,
        date: '2025-02-10',
        version: '2026-11',
        withdrawn: null,
        isPending: false,
      },
      { recordId: centre.second.id, date: null, version: '', withdrawn: null, isPending: true },
    ]);
  });

  it('lists the acts of both records, the confidential counselling note included', () => {
    expect(data.acts).toEqual([
      {
        id: centre.acts.counselling.id,
        recordId: centre.client.id,
        type: 'social_legal_counselling',
        date: '2025-03-04',
        town: 'Liberec',
        minutes: 45,
        note: 'Žádost o prodloužení pobytu; zdravotní potíže (důvěrné).',
        isConfidential: true,
        worker: 'Petra',
      },
      {
        id: centre.acts.internet.id,
        recordId: centre.second.id,
        type: 'internet',
        date: '2025-03-05',
        town: 'Liberec',
        minutes: null,
        note: '',
        isConfidential: false,
        worker: 'Petra',
      },
    ]);
  });

  it('lists the loan and the course with both marked lessons', () => {
    expect(data.loans).toEqual([
      {
        id: centre.loan.id,
        recordId: centre.client.id,
        title: 'Truyện Kiều',
        author: 'Nguyễn Du',
        loanedOn: '2025-04-01',
        dueOn: expect.any(String),
        returnedOn: '2025-04-20',
        renewals: 0,
        town: 'Liberec',
      },
    ]);
    expect(data.courses).toEqual([
      {
        id: centre.course.id,
        title: 'Čeština pro začátečníky',
        kind: 'czech_low_threshold',
        town: 'Liberec',
        enrolledOn: '2025-05-01',
        leftOn: null,
        lessons: [
          { id: centre.lessons[0]!.id, date: '2025-05-06', isPresent: true },
          { id: centre.lessons[1]!.id, date: '2025-05-13', isPresent: false },
        ],
      },
    ]);
  });

  it('gives the history of every row of the person: when, which field, the value, site, author', () => {
    const entry = (table: string, field: string) =>
      data.history.filter((item) => item.table === table && item.field === field);
    expect(entry('client', 'phone').map((item) => item.value)).toEqual([
      '777 123 456',
      '608 555 111',
    ]);
    expect(entry('client', 'phone')[0]).toEqual({
      at: '2026-11-02T10:00:00.000Z',
      table: 'client',
      recordId: centre.client.id,
      field: 'phone',
      value: '777 123 456',
      site: 'Centrum Liberec',
      author: 'Petra',
    });
    expect(entry('client', 'mergedInto')).toMatchObject([
      { recordId: centre.second.id, value: centre.client.id },
    ]);
    expect(entry('act', 'note').map((item) => item.recordId)).toEqual([centre.acts.counselling.id]);
    expect(entry('loan', 'returnedOn').map((item) => item.value)).toEqual(['2025-04-20']);
    expect(entry('enrolment', 'enrolledOn').map((item) => item.value)).toEqual(['2025-05-01']);
    expect(entry('attendance', 'isPresent').map((item) => item.value)).toEqual([1]);
    // Oldest first; a row's creation (deleted = 0) says nothing and is left out.
    expect(data.history.map((item) => item.at)).toEqual([...data.history.map((i) => i.at)].sort());
    expect(data.history.some((item) => item.field === 'deleted')).toBe(false);
  });

  it('says who created, changed, merged and opened the record, and audits the export', async () => {
    expect(data.access.map((entry) => [entry.action, entry.user, entry.site])).toEqual([
      ['create', 'Petra', 'Centrum Liberec'],
      ['update', 'Petra', 'Centrum Liberec'],
      ['create', 'Petra', 'Centrum Liberec'],
      ['merge', 'Petra', 'Centrum Liberec'],
      ['merge', 'Petra', 'Centrum Liberec'],
      ['open', 'Petra', 'Centrum Liberec'],
    ]);
    const again = await centre.ok('clients.exportSubject', {
      clientId: centre.client.id,
      format: 'json',
    });
    const next = JSON.parse(Buffer.from(again.base64, 'base64').toString()) as SubjectAccessData;
    expect(next.access.at(-1)).toMatchObject({ action: 'export', user: 'Petra' });
  });

  it('refuses a client that does not exist, and an unknown format or language', async () => {
    expect(
      (await centre.refused('clients.exportSubject', { clientId: 'x', format: 'json' })).code,
    ).toBe('NOT_FOUND');
    const wrong = await centre.refused('clients.exportSubject', {
      clientId: centre.client.id,
      format: 'docx',
    });
    expect(wrong.code).toBe('VALIDATION');
    expect(
      (
        await centre.refused('clients.exportSubject', {
          clientId: centre.client.id,
          format: 'pdf',
          language: 'de',
        })
      ).code,
    ).toBe('VALIDATION');
  });
});
