import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../../db/api.ts';
import { openTempStore } from '../../helpers/temp-database.ts';
import { addRoleUsers, call, roleUsers, signedIn } from './signed-in-api.ts';

/*
 * The rules that depend on the row, not only the method: confidential counselling notes, and a
 * lecturer's own courses.
 */
describe('who sees which rows', () => {
  let temp: Awaited<ReturnType<typeof openTempStore>>;
  let admin: Api;
  let clientId: string;
  let counsellingId: string;
  let internetId: string;
  let ownCourse: { id: string; lessons: { id: string }[] };
  let otherCourse: { id: string; lessons: { id: string }[] };

  beforeAll(async () => {
    temp = await openTempStore();
    await addRoleUsers(temp.store);
    admin = await signedIn(temp.store, 'Petra');
    clientId = (
      await call(admin, 'clients.create', {
        familyName: 'Nguyễn',
        givenNames: 'Thị Lan',
        nationality: 'VN',
        consentDate: '2026-01-05',
      })
    ).id;
    counsellingId = (
      await call(admin, 'acts.record', {
        clientId,
        type: 'social_legal_counselling',
        note: 'Obává se ztráty pobytu kvůli zaměstnavateli.',
      })
    ).id;
    internetId = (await call(admin, 'acts.record', { clientId, type: 'internet', note: 'PC 2' }))
      .id;
    const course = (lecturer: string) =>
      call(admin, 'courses.create', {
        kind: 'czech_intensive',
        title: `Čeština s ${lecturer}`,
        town: 'Liberec',
        lecturer,
        startDate: '2026-09-01',
        endDate: '2026-12-20',
        schedule: [{ weekday: 2, start: '17:00', end: '18:30' }],
      });
    const own = await course('lenka lektorka');
    const other = await course('Jiný Lektor');
    const detail = (id: string) => call(admin, 'courses.get', { id });
    ownCourse = { id: own.id, lessons: (await detail(own.id)).lessons };
    otherCourse = { id: other.id, lessons: (await detail(other.id)).lessons };
  });
  afterAll(() => temp.close());

  it('a confidential note: the social worker reads it, the receptionist and coordinator do not', async () => {
    const note = 'Obává se ztráty pobytu kvůli zaměstnavateli.';
    const worker = await signedIn(temp.store, roleUsers.social_worker);
    expect(await call(worker, 'acts.get', { id: counsellingId })).toMatchObject({ note });
    for (const name of [roleUsers.receptionist, roleUsers.coordinator]) {
      const api = await signedIn(temp.store, name);
      const act = await call(api, 'acts.get', {
        id: counsellingId,
      });
      expect(act, name).toMatchObject({ note: '', isConfidential: true });
      // The timeline never lists it, for anyone; an ordinary note is there for everyone.
      const timeline = JSON.stringify(await call(api, 'acts.timeline', { clientId }));
      expect(timeline).not.toContain('zaměstnavateli');
      expect(await call(api, 'acts.get', { id: internetId })).toMatchObject({ note: 'PC 2' });
      // Overwriting what one may not read is refused, and the note stays.
      const overwrite = await api.invoke(
        'acts.update',
        { id: counsellingId, changes: { note: 'přepsáno' } },
        'cs',
      );
      expect(overwrite).toMatchObject({ ok: false, error: { code: 'PERMISSION_DENIED' } });
    }
    expect(await call(worker, 'acts.get', { id: counsellingId })).toMatchObject({ note });
  });

  it('a lecturer sees only their course: list, detail, lessons, attendance, sheet', async () => {
    const lecturer = await signedIn(temp.store, roleUsers.lecturer);
    const listed = await call(lecturer, 'courses.list', {});
    expect(listed.map((course) => course.id)).toEqual([ownCourse.id]);
    expect(await call(admin, 'courses.list', {})).toHaveLength(2);
    await call(lecturer, 'courses.get', { id: ownCourse.id });
    const refused = async (method: string, input: unknown) =>
      expect(await lecturer.invoke(method, input, 'cs'), method).toMatchObject({
        ok: false,
        error: { code: 'PERMISSION_DENIED' },
      });
    await refused('courses.get', { id: otherCourse.id });
    await refused('attendance.sheet', { courseId: otherCourse.id });
    await refused('lessons.cancel', { id: otherCourse.lessons[0]!.id, isCancelled: true });
    await refused('attendance.mark', {
      lessonId: otherCourse.lessons[0]!.id,
      marks: [{ clientId, isPresent: true }],
    });
    // …and nothing else of the centre: the register, acts, reports.
    await refused('clients.search', { text: 'Nguyen' });
    await refused('acts.get', { id: internetId });
    await refused('reports.range', {});
    const sheet = await call(lecturer, 'attendance.sheet', {
      courseId: ownCourse.id,
    });
    expect(sheet.fileName).toContain('prezencni-listina');
  });
});
