import { createApi } from '../../../../db/api.ts';
import type { Client } from '../../../../db/contract/clients.ts';
import { openTempStore } from '../../../helpers/temp-database.ts';
import { apiCalls } from '../../../helpers/temp-api.ts';

/**
 * A small centre made through the API, for the export tests: five clients of four countries
 * (one record merged into another), a Czech course in Česká Lípa, counselling, a custom service
 * type and anonymous internet visits, in October and November 2026. Its report (checked in
 * report-tables.test.ts): 4 clients, 3 countries, 9 acts, 2,25 acts per client. Besides: a
 * Slovak client (not the funder's: shown apart), a referral to the labour office and a
 * conference without registered attendees.
 */
export const period = { from: '2026-09-01', to: '2026-11-30' };

export async function openSmallCentre() {
  const temp = await openTempStore({ now: () => Date.UTC(2026, 11, 31, 12) });
  const api = createApi(temp.store);
  const { ok } = apiCalls(api);
  const person = (
    familyName: string,
    givenNames: string,
    nationality: string,
    fields: Record<string, unknown> = {},
  ) =>
    ok('clients.create', {
      familyName,
      givenNames,
      nationality,
      consentDate: '2026-01-01',
      ...fields,
    });
  const an = await person('Nguyễn', 'Văn An', 'VN');
  const copy = await person('Nguyen', 'Van An', 'VN');
  const sarnai = await person('Batbayar', 'Sarnai', 'MN', { sex: 'F', birthDate: '1990-03-03' });
  const taras = await person('Ševčenko', 'Taras', 'UA', {
    sex: 'M',
    birthDate: '1999',
    residenceStatus: 'long_term',
  });
  const olha = await person('Kovalenko', 'Olha', 'UA');
  const jana = await person('Kováčová', 'Jana', 'SK');
  const labour = await ok('partners.create', {
    organisationName: 'Úřad práce Česká Lípa',
    partnerKind: 'labour_office',
    town: 'Česká Lípa',
  });

  await ok('serviceTypes.create', {
    code: 'accompanying',
    labelCs: 'Doprovod na úřad',
    labelEn: 'Accompanying to offices',
  });
  const course = await ok('courses.create', {
    kind: 'czech_low_threshold',
    title: 'Čeština A1',
    town: 'Česká Lípa',
    startDate: '2026-10-05',
    endDate: '2026-10-16',
    schedule: [{ weekday: 1, start: '17:00', end: '18:30' }],
  });
  for (const client of [an, taras, olha]) {
    await ok('enrolments.enrol', { courseId: course.id, clientId: client.id, date: '2026-10-05' });
  }
  const [oct5, oct12] = (await ok('courses.get', { id: course.id })).lessons;
  const present = (clients: Client[]) => clients.map((c) => ({ clientId: c.id, isPresent: true }));
  await ok('attendance.mark', { lessonId: oct5!.id, marks: present([an, taras, olha]) });
  await ok('attendance.mark', { lessonId: oct12!.id, marks: present([an, taras]) });

  const record = (client: Client, type: string, date: string, town: string) =>
    ok('acts.record', { clientId: client.id, type, date, town });
  await record(copy, 'social_legal_counselling', '2026-11-03', 'Liberec');
  await record(sarnai, 'social_legal_counselling', '2026-11-04', 'Liberec');
  await record(sarnai, 'accompanying', '2026-11-10', 'Liberec');
  await ok('acts.record', {
    clientId: taras.id,
    type: 'interpreting',
    date: '2026-11-12',
    town: 'Česká Lípa',
    partnerId: labour.id,
  });
  await record(jana, 'internet', '2026-11-13', 'Liberec');
  await ok('events.create', {
    date: '2026-11-26',
    town: 'Liberec',
    eventKind: 'conference',
    topic: 'Integrace cizinců',
    participants: 45,
    partnerIds: [labour.id],
  });
  await record(sarnai, 'internet', '2026-08-31', 'Liberec'); // before the period
  await ok('tallies.add', { type: 'internet', date: '2026-11-05', town: 'Liberec', count: 6 });
  await ok('clients.merge', { survivorId: an.id, mergedId: copy.id });
  return { ...temp, api, ok };
}
