import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../../db/api.ts';
import type { Client } from '../../../db/contract/clients.ts';
import type { CourseDetail } from '../../../db/contract/courses.ts';
import { countActsByType } from '../../../db/services/act-counts.ts';
import { openTempStore } from '../../helpers/temp-database.ts';
import { apiCalls } from '../../helpers/temp-api.ts';

let temp: Awaited<ReturnType<typeof openTempStore>>;
let api: Api;
let clients: Client[];
const now = Date.UTC(2026, 11, 10, 12); // 10 December 2026

const { ok } = apiCalls(() => api);
async function refused(method: string, input: unknown): Promise<string> {
  const result = await api.invoke(method, input, 'cs');
  if (result.ok) throw new Error(`${method} should have been refused`);
  return result.error.message;
}
const opsCount = () =>
  (temp.store.sqlite.prepare('SELECT count(*) AS n FROM ops').get() as { n: number }).n;

const courseInput = {
  kind: 'czech_low_threshold' as const,
  title: 'Čeština pro začátečníky A1',
  town: 'Liberec',
  venue: 'Komunitní centrum, Palachova 7',
  level: 'A1',
  lecturer: 'Mgr. Jana Nováková',
  startDate: '2026-11-23',
  endDate: '2026-12-18',
  capacity: 3,
  schedule: [
    { weekday: 2, start: '17:00', end: '18:30' },
    { weekday: 4, start: '17:00', end: '18:30' },
  ],
};

beforeEach(async () => {
  temp = await openTempStore({ now: () => now });
  api = createApi(temp.store);
  clients = [];
  for (const [familyName, givenNames, nationality] of [
    ['Nguyễn', 'Văn An', 'VN'],
    ['Batbayar', 'Sarnai', 'MN'],
    ['Ševčenko', 'Taras', 'UA'],
    ['Ivanov', 'Sergej', 'RU'],
  ] as const) {
    clients.push(
      await ok('clients.create', {
        familyName,
        givenNames,
        nationality,
        consentDate: '2026-11-01',
      }),
    );
  }
});
afterEach(() => temp.close());

async function courseWithThree(): Promise<CourseDetail> {
  const course = await ok('courses.create', courseInput);
  for (const client of clients.slice(0, 3)) {
    await ok('enrolments.enrol', { courseId: course.id, clientId: client.id, date: '2026-11-23' });
  }
  return ok('courses.get', { id: course.id });
}

describe('courses and lessons', () => {
  it('creates the lessons of the weekly schedule', async () => {
    const course = await ok('courses.create', courseInput);
    expect(course.lessonCount).toBe(8);
    const detail = await ok('courses.get', { id: course.id });
    expect(detail.lessons[0]).toMatchObject({ date: '2026-11-24', start: '17:00', end: '18:30' });
  });

  it('refuses a course that ends before it starts, naming the field', async () => {
    expect(await refused('courses.create', { ...courseInput, endDate: '2026-11-01' })).toBe(
      'Neplatné údaje: Konec kurzu: konec musí být po začátku',
    );
    expect(await refused('courses.create', { ...courseInput, title: ' ' })).toMatch(
      /Název: povinný údaj/,
    );
  });

  it('adds, moves and cancels lessons, never outside the course dates', async () => {
    const detail = await courseWithThree();
    const before = opsCount();
    expect(
      await refused('lessons.add', {
        courseId: detail.course.id,
        date: '2027-01-05',
        start: '17:00',
        end: '18:00',
      }),
    ).toBe('Lekce 2027-01-05 je mimo termín kurzu (2026-11-23 – 2026-12-18).');
    expect(
      await refused('lessons.move', {
        id: detail.lessons[0]!.id,
        date: '2026-11-01',
        start: '17:00',
        end: '18:00',
      }),
    ).toMatch(/mimo termín/);
    expect(opsCount()).toBe(before);
    const added = await ok('lessons.add', {
      courseId: detail.course.id,
      date: '2026-12-05',
      start: '10:00',
      end: '12:00',
    });
    expect(added.date).toBe('2026-12-05');
    const cancelled = await ok('lessons.cancel', {
      id: detail.lessons[1]!.id,
      isCancelled: true,
    });
    expect(cancelled.isCancelled).toBe(true);
  });

  it('enrols up to the capacity, once per person', async () => {
    const detail = await courseWithThree();
    expect(detail.participants).toHaveLength(3);
    expect(
      await refused('enrolments.enrol', { courseId: detail.course.id, clientId: clients[3]!.id }),
    ).toMatch(/Kurz je plný \(kapacita 3\)/);
    expect(
      await refused('enrolments.enrol', { courseId: detail.course.id, clientId: clients[0]!.id }),
    ).toMatch(/Zápis do kurzu už existuje/);
    await ok('enrolments.leave', {
      enrolmentId: detail.participants[2]!.enrolmentId,
      date: '2026-12-01',
    });
    await ok('enrolments.enrol', { courseId: detail.course.id, clientId: clients[3]!.id });
  });
});

describe('attendance and what it counts', () => {
  it('counts an attended lesson as one act, an absent pupil and a cancelled lesson as none', async () => {
    const detail = await courseWithThree();
    const [first, second, third] = detail.lessons;
    const [an, sarnai, taras] = clients;
    await ok('attendance.mark', {
      lessonId: first!.id,
      marks: [
        { clientId: an!.id, isPresent: true },
        { clientId: sarnai!.id, isPresent: true },
        { clientId: taras!.id, isPresent: false },
      ],
    });
    await ok('attendance.mark', {
      lessonId: second!.id,
      marks: [{ clientId: an!.id, isPresent: true }],
    });
    await ok('attendance.mark', {
      lessonId: third!.id,
      marks: [{ clientId: sarnai!.id, isPresent: true }],
    });
    await ok('lessons.cancel', { id: third!.id, isCancelled: true });
    expect(countActsByType(temp.store, '2026-11-01', '2026-12-31')).toEqual([
      { type: 'czech_course', acts: 3, clients: 2 },
    ]);
    const served = await ok('clients.list', {
      servedFrom: '2026-11-24',
      servedTo: '2026-11-30',
    });
    expect(served.rows.map((r) => r.displayName).sort()).toEqual([
      'Batbayar Sarnai',
      'Nguyễn Văn An',
    ]);
    const none = await ok('clients.list', { servedFrom: '2026-12-01' });
    expect(none.total).toBe(0);
    // A new act shows at once: the filtered list is never served from a stale cache.
    await ok('acts.record', { clientId: clients[3]!.id, type: 'internet', date: '2026-12-02' });
    expect((await ok('clients.list', { servedFrom: '2026-12-01' })).total).toBe(1);
    const timeline = await ok('acts.timeline', { clientId: an!.id });
    expect(timeline.map((entry) => [entry.date, entry.type, entry.title])).toEqual([
      ['2026-11-26', 'czech_course', 'Čeština pro začátečníky A1'],
      ['2026-11-24', 'czech_course', 'Čeština pro začátečníky A1'],
    ]);
    // A cancelled lesson cannot be ticked, and a whole tick is refused if one person is wrong.
    expect(
      await refused('attendance.mark', {
        lessonId: third!.id,
        marks: [{ clientId: an!.id, isPresent: true }],
      }),
    ).toMatch(/zrušená/);
    const before = opsCount();
    expect(
      await refused('attendance.mark', {
        lessonId: detail.lessons[3]!.id,
        marks: [
          { clientId: an!.id, isPresent: true },
          { clientId: clients[3]!.id, isPresent: true },
        ],
      }),
    ).toMatch(/Ivanov Sergej nemá ke dni lekce zápis do kurzu/);
    expect(opsCount()).toBe(before);
  });

  it('gives attendance rates over the lessons held while enrolled', async () => {
    const detail = await courseWithThree();
    const held = detail.lessons.filter((l) => l.date <= '2026-12-10');
    for (const lesson of held) {
      await ok('attendance.mark', {
        lessonId: lesson.id,
        marks: [
          { clientId: clients[0]!.id, isPresent: true },
          { clientId: clients[1]!.id, isPresent: lesson === held[0] },
        ],
      });
    }
    const after = await ok('courses.get', { id: detail.course.id });
    const rate = (id: string) => after.participants.find((p) => p.client.id === id)!.attendanceRate;
    expect(held).toHaveLength(6);
    expect(rate(clients[0]!.id)).toBe(1);
    expect(rate(clients[1]!.id)).toBeCloseTo(1 / 6);
    expect(rate(clients[2]!.id)).toBe(0);
    expect(after.attendanceRate).toBeCloseTo(7 / 18);
  });

  it('lists the lessons of a day for the home screen', async () => {
    await courseWithThree();
    const today = await ok('courses.lessonsOn', { date: '2026-12-10' });
    expect(today).toMatchObject([
      {
        lesson: { start: '17:00' },
        course: { title: 'Čeština pro začátečníky A1' },
        participantCount: 3,
      },
    ]);
    expect(await ok('courses.lessonsOn', { date: '2026-12-11' })).toEqual([]);
  });

  it('prints the attendance sheet of a lesson as a PDF', async () => {
    const detail = await courseWithThree();
    const sheet = await ok('attendance.sheet', {
      courseId: detail.course.id,
      lessonId: detail.lessons[0]!.id,
    });
    expect(sheet.fileName).toBe('prezencni-listina-cestina-pro-zacatecniky-a1-2026-11-24.pdf');
    expect(Buffer.from(sheet.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });
});
