import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../../db/api.ts';
import { openTempStore } from '../../helpers/temp-database.ts';
import { apiCalls } from '../../helpers/temp-api.ts';

let temp: Awaited<ReturnType<typeof openTempStore>>;
let api: Api;
const now = Date.UTC(2026, 11, 31, 12);

const { ok } = apiCalls(() => api);
const person = (familyName: string, nationality: string) =>
  ok('clients.create', { familyName, nationality, consentDate: '2026-01-01' });

beforeEach(async () => {
  temp = await openTempStore({ now: () => now });
  api = createApi(temp.store);
});
afterEach(() => temp.close());

describe('the period report', () => {
  it('counts by the rules of FIGURES.md on a small hand-made centre', async () => {
    const an = await person('Nguyễn', 'VN');
    const sarnai = await person('Batbayar', 'MN');
    const taras = await person('Ševčenko', 'UA');
    const copy = await person('Nguyen', 'VN');
    // A course whose lessons straddle the period (Mon 2026-11-23 … Fri 2026-12-04).
    const course = await ok('courses.create', {
      kind: 'czech_low_threshold',
      title: 'Čeština A1',
      town: 'Turnov',
      startDate: '2026-11-23',
      endDate: '2026-12-04',
      schedule: [
        { weekday: 1, start: '17:00', end: '18:00' },
        { weekday: 3, start: '17:00', end: '18:00' },
      ],
    });
    for (const client of [an, sarnai, taras])
      await ok('enrolments.enrol', {
        courseId: course.id,
        clientId: client.id,
        date: '2026-11-23',
      });
    const detail = await ok('courses.get', { id: course.id });
    const [nov23, nov25, nov30, dec2] = detail.lessons;
    await ok('attendance.mark', {
      lessonId: nov23!.id,
      marks: [
        { clientId: an.id, isPresent: true },
        { clientId: taras.id, isPresent: false },
      ],
    });
    await ok('attendance.mark', {
      lessonId: nov25!.id,
      marks: [{ clientId: sarnai.id, isPresent: true }],
    });
    await ok('attendance.mark', {
      lessonId: nov30!.id,
      marks: [{ clientId: an.id, isPresent: true }],
    });
    await ok('attendance.mark', {
      lessonId: dec2!.id,
      marks: [{ clientId: taras.id, isPresent: true }],
    });
    // Counselling in Liberec for a record later merged into Nguyễn; internet in Turnov.
    await ok('acts.record', {
      clientId: copy.id,
      type: 'social_legal_counselling',
      date: '2026-11-10',
      town: 'Liberec',
    });
    await ok('acts.record', {
      clientId: an.id,
      type: 'internet',
      date: '2026-11-12',
      town: 'Turnov',
    });
    await ok('acts.record', {
      clientId: sarnai.id,
      type: 'internet',
      date: '2026-10-31',
      town: 'Liberec',
    }); // outside
    await ok('clients.merge', { survivorId: an.id, mergedId: copy.id });
    await ok('tallies.add', { type: 'internet', date: '2026-11-05', count: 4 });

    const report = await ok('reports.period', {
      from: '2026-11-01',
      to: '2026-11-30',
    });
    expect(report).toEqual({
      period: { from: '2026-11-01', to: '2026-11-30' },
      town: null,
      clients: 2, // Nguyễn (with the merged record) and Batbayar; Ševčenko was absent in November
      countries: 2,
      acts: 5,
      actsPerClient: 2.5,
      byNationality: [
        { country: 'MN', clients: 1 },
        { country: 'VN', clients: 1 },
      ],
      byServiceType: [
        { type: 'czech_course', clients: 2, acts: 3 },
        { type: 'internet', clients: 1, acts: 1 },
        { type: 'social_legal_counselling', clients: 1, acts: 1 },
      ],
      courses: [{ kind: 'czech_low_threshold', courses: 1, participants: 2 }],
      byTown: [
        { town: 'Turnov', clients: 2, acts: 4, courses: 1, participants: 2 },
        { town: 'Liberec', clients: 1, acts: 1, courses: 0, participants: 0 },
      ],
      anonymous: [{ type: 'internet', acts: 4 }],
      // Nobody's sex, birth date or status was recorded; Batbayar came in October already.
      bySex: [{ sex: null, clients: 2 }],
      byAgeGroup: [{ group: null, clients: 2 }],
      byResidenceStatus: [{ status: null, clients: 2 }],
      newClients: 1,
      referrals: [],
      events: { events: 0, participants: 0, clients: 0 },
      otherClients: { clients: 0, acts: 0 },
    });

    const liberec = await ok('reports.period', {
      from: '2026-11-01',
      to: '2026-11-30',
      town: 'Liberec',
    });
    expect(liberec).toMatchObject({
      town: 'Liberec',
      clients: 1,
      acts: 1,
      courses: [],
      anonymous: [{ type: 'internet', acts: 4 }],
    });
    const december = await ok('reports.period', {
      from: '2026-12-01',
      to: '2026-12-31',
    });
    expect(december).toMatchObject({
      clients: 1,
      acts: 1,
      courses: [{ courses: 1, participants: 1 }],
    });
  });

  it('refuses a period that ends before it starts', async () => {
    const result = await api.invoke(
      'reports.period',
      { from: '2026-12-01', to: '2026-11-01' },
      'cs',
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
