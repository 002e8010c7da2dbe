import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ClientSummary } from '../../../db/contract/clients.ts';
import type {
  AttendanceMark,
  CourseDetail,
  Lesson,
  Participant,
} from '../../../db/contract/courses.ts';
import { renderAttendanceSheet } from '../../../db/courses/attendance-sheet.ts';
import { renderPdfPages } from '../../helpers/pdf-pages.ts';
import { makeTempDir } from '../../helpers/temp-database.ts';

/**
 * The sheet is checked the way its readers meet it: poppler turns the PDF back into text, so a
 * missing glyph, a decomposed accent, a participant on the wrong sheet or a name leaking into
 * the metadata shows up. The PNGs in test-output/attendance are for a look by eye.
 */

const temp = makeTempDir();
afterAll(() => temp.cleanup());

const fundingLine =
  'Projekt je spolufinancován z Evropského fondu pro integraci státních příslušníků třetích zemí.';
const organisationName = 'Centrum pro integraci cizinců, o.p.s.';
const createdAt = new Date('2026-11-02T09:00:00Z');

const someone = {
  isPseudonymous: false,
  residenceStatus: null,
  town: 'Liberec',
  phone: '',
  isAnonymised: false,
};
const enrolment = { enrolledOn: '2026-11-01', attendanceRate: null };

function client(id: string, displayName: string, nationality: string): ClientSummary {
  return { ...someone, id, displayName, nationality, birthDate: null, isConsentPending: false };
}

function participant(who: ClientSummary, leftOn: string | null = null): Participant {
  return { ...enrolment, enrolmentId: `e-${who.id}`, client: who, leftOn };
}

/** Weekly Tuesdays from 3 November 2026; the fourth one is 24 November. */
function weeklyLessons(count: number, cancelled: number[] = []): Lesson[] {
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(Date.UTC(2026, 10, 3 + 7 * i)).toISOString().slice(0, 10);
    return {
      id: `l${i + 1}`,
      courseId: 'c1',
      date,
      start: '17:00',
      end: '18:30',
      isCancelled: cancelled.includes(i + 1),
    };
  });
}

const an = client('c-an', 'Nguyễn Văn An', 'VN');
const sarnai = client('c-sarnai', 'Batbayar Sarnai', 'MN');
const taras = client('c-taras', 'Ševčenko Taras', 'UA');

function courseDetail(overrides: Partial<CourseDetail> = {}): CourseDetail {
  const lessons = overrides.lessons ?? weeklyLessons(10, [7]);
  const participants = overrides.participants ?? [
    participant(taras, '2026-11-20'),
    participant(an),
    participant(sarnai),
  ];
  // Two lessons marked: Ševčenko absent from the first, present at the second.
  const marks: AttendanceMark[] = [
    ...[an, sarnai].map((who) => ({ lessonId: 'l1', clientId: who.id, isPresent: true })),
    { lessonId: 'l1', clientId: taras.id, isPresent: false },
    ...[an, taras].map((who) => ({ lessonId: 'l2', clientId: who.id, isPresent: true })),
    { lessonId: 'l2', clientId: sarnai.id, isPresent: false },
  ];
  return {
    course: {
      id: 'c1',
      kind: 'czech_low_threshold',
      title: 'Čeština pro začátečníky A1',
      town: 'Liberec',
      venue: 'Komunitní centrum, Sokolovské náměstí 14',
      level: 'A1',
      lecturer: 'Mgr. Jitka Šťastná',
      startDate: '2026-11-03',
      endDate: lessons.at(-1)?.date ?? '2027-01-05',
      capacity: 12,
      schedule: [{ weekday: 2, start: '17:00', end: '18:30' }],
      participantCount: participants.length,
      lessonCount: lessons.length,
    },
    lessons,
    participants,
    marks,
    attendanceRate: null,
    ...overrides,
  };
}

type Options = Parameters<typeof renderAttendanceSheet>[0];

async function renderToFile(name: string, options: Partial<Options> = {}) {
  const file = join(temp.dir, `${name}.pdf`);
  const pdf = await renderAttendanceSheet({
    detail: courseDetail(),
    fundingLine,
    organisationName,
    language: 'cs',
    createdAt,
    ...options,
  });
  writeFileSync(file, pdf);
  return file;
}

const pdftotext = (file: string, pages: string[] = []) =>
  execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', ...pages, file, '-']).toString('utf8');
const pdfinfo = (file: string) => execFileSync('pdfinfo', ['-enc', 'UTF-8', file]).toString();
/** Line breaks and column gaps vary with the layout; the words do not. */
const flatten = (text: string) => text.replace(/\s+/g, ' ');

describe('attendance sheet for one lesson', () => {
  it('lists the participants of the day with the lesson, venue, lecturer and funding', async () => {
    const file = await renderToFile('lesson', { lessonId: 'l4' });
    const text = pdftotext(file);
    const flat = flatten(text);

    expect(text).toContain('Nguyễn Văn An');
    expect(text).toContain('Batbayar Sarnai');
    // Ševčenko left on 20 November, before this lesson.
    expect(text).not.toContain('Ševčenko');
    expect(text.indexOf('Batbayar Sarnai')).toBeLessThan(text.indexOf('Nguyễn Văn An'));

    expect(flat).toContain(fundingLine);
    expect(flat).toContain(organisationName);
    expect(text).toContain('PREZENČNÍ LISTINA');
    expect(text).toContain('Čeština pro začátečníky A1');
    expect(text).toContain('Čeština – nízkoprahový kurz');
    expect(text).toContain('úterý 24. 11. 2026');
    expect(text).toContain('17:00–18:30');
    expect(text).toContain('4. z 9');
    expect(flat).toContain('Komunitní centrum, Sokolovské náměstí 14, Liberec');
    expect(text).toContain('Mgr. Jitka Šťastná');
    expect(text).toContain('Vietnam');
    expect(text).toContain('Mongolsko');
    for (const label of ['Jméno a příjmení', 'Státní příslušnost', 'Podpis', 'Další účastníci']) {
      expect(text).toContain(label);
    }
    // Two participants, then five numbered rows for walk-ins.
    expect(text).toMatch(/^\s*7\.\s*$/m);
    expect(text).not.toMatch(/^\s*8\.\s*$/m);
    expect(text).toContain('Počet přítomných');
    expect(text).toContain('Podpis lektora');
    expect(text).toContain('Strana 1/1');
    expect(text).not.toContain('\uFFFD');

    const info = pdfinfo(file);
    expect(info).toContain('Title:           Prezenční listina – Čeština pro začátečníky A1');
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+/);
    expect(info).not.toMatch(/Nguy|Batbayar|Sarnai|Ševčenko|Taras/);
  });

  it('keeps someone who leaves after the lesson on its sheet', async () => {
    const text = pdftotext(await renderToFile('before-leaving', { lessonId: 'l3' }));
    expect(text).toContain('Ševčenko Taras');
    expect(text).toContain('úterý 17. 11. 2026');
  });

  it('continues a long list on the next page with the table heading repeated', async () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      participant(client(`c${i}`, `Trần Thị Účastnice ${String(i + 1).padStart(2, '0')}`, 'VN')),
    );
    const file = await renderToFile('long', {
      lessonId: 'l4',
      detail: courseDetail({ participants: many }),
    });
    const pages = Number(/Pages:\s+(\d+)/.exec(pdfinfo(file))![1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    const second = pdftotext(file, ['-f', '2', '-l', '2']);
    expect(second).toContain('Jméno a příjmení');
    expect(second).toContain('(pokračování)');
    expect(flatten(second)).toContain(fundingLine);
    expect(second).toContain(`Strana 2/${pages}`);
    const all = pdftotext(file);
    for (let i = 1; i <= 40; i++) expect(all).toContain(`Účastnice ${String(i).padStart(2, '0')}`);
    expect(all).toMatch(/^\s*45\.\s*$/m);
  });

  it('prints English labels on request', async () => {
    const text = pdftotext(await renderToFile('english', { lessonId: 'l4', language: 'en' }));
    expect(text).toContain('ATTENDANCE SHEET');
    expect(text).toContain('Tuesday 24 Nov 2026');
    expect(text).toContain('Name and surname');
    expect(text).toContain('Nguyễn Văn An');
  });

  it('refuses a lesson that is not in the course', async () => {
    await expect(
      renderAttendanceSheet({
        detail: courseDetail(),
        lessonId: 'nope',
        fundingLine,
        organisationName,
        language: 'cs',
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('attendance sheet for the whole course', () => {
  it('grids every participant against every lesson, cancelled ones marked', async () => {
    const file = await renderToFile('course');
    const text = pdftotext(file);
    const flat = flatten(text);

    for (const name of ['Nguyễn Văn An', 'Batbayar Sarnai', 'Ševčenko Taras']) {
      expect(text).toContain(name);
    }
    expect(text).toContain('zrušeno');
    expect(text).toContain('ukončil/a 20. 11. 2026');
    expect(flat).toContain(fundingLine);
    expect(text).toContain('3. 11. 2026 – 5. 1. 2027');
    expect(text).toContain('út 17:00–18:30');
    expect(text).toContain('24. 11.');
    expect(text).toContain('Mgr. Jitka Šťastná');
    expect(text).toContain('✓');
    expect(text).toContain('Podpis lektora');
    expect(text).not.toContain('\uFFFD');

    const info = pdfinfo(file);
    expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+/);
    expect(info).toContain('Title:           Prezenční listina – Čeština pro začátečníky A1');
    expect(info).not.toMatch(/Nguy|Batbayar|Sarnai|Ševčenko|Taras/);
  });

  it('continues further lessons on further pages with the names repeated', async () => {
    const file = await renderToFile('long-course', {
      detail: courseDetail({ lessons: weeklyLessons(30, [7]) }),
    });
    expect(pdfinfo(file)).toMatch(/Pages:\s+2\b/);
    for (const page of ['1', '2']) {
      const text = pdftotext(file, ['-f', page, '-l', page]);
      expect(text).toContain('Nguyễn Văn An');
      expect(text).toContain('Podpis lektora');
    }
    // 30 lessons split 15 + 15: the sixteenth Tuesday (16 February 2027) opens page two.
    expect(pdftotext(file, ['-f', '2', '-l', '2'])).toContain('16. 2.');
  });

  it('gives the same bytes for the same input', async () => {
    const options = {
      detail: courseDetail(),
      fundingLine,
      organisationName,
      language: 'cs' as const,
      createdAt,
    };
    const [first, second] = [
      await renderAttendanceSheet(options),
      await renderAttendanceSheet(options),
    ];
    expect(first.equals(second)).toBe(true);
  });
});

describe('attendance sheet images', () => {
  it('prints the lesson sheets upright and the course sheets turned, every page numbered', async () => {
    // The pictures stay in test-output/attendance for a look; the test checks what they show.
    const folder = join(import.meta.dirname, '..', '..', '..', 'test-output', 'attendance');
    const many = Array.from({ length: 26 }, (_, i) =>
      participant(
        client(`c${i}`, `Phạm Thị Hồng Nhung ${i + 1}`, 'VN'),
        i === 3 ? '2026-12-01' : null,
      ),
    );
    const sheets: [string, Partial<Options>, 'portrait' | 'landscape', number][] = [
      ['lesson', { lessonId: 'l4' }, 'portrait', 1],
      ['course', {}, 'landscape', 1],
      [
        'lesson-long',
        { lessonId: 'l4', detail: courseDetail({ participants: many }) },
        'portrait',
        2,
      ],
      [
        'course-long',
        { detail: courseDetail({ lessons: weeklyLessons(30, [7]), participants: many }) },
        'landscape',
        4,
      ],
    ];
    for (const [name, options, orientation, pageCount] of sheets) {
      const pages = renderPdfPages(await renderToFile(name, options), join(folder, name), 60);
      expect(pages.length, name).toBe(pageCount);
      for (const [index, page] of pages.entries()) {
        expect([page.width, page.height], `${name} page ${index + 1}`).toEqual(
          page.a4[orientation],
        );
        expect(page.text, name).toContain(`Strana ${index + 1}/${pageCount}`);
        expect(page.text, name).toContain('Čeština pro začátečníky A1');
        expect(page.text, name).not.toContain('\uFFFD');
      }
      const all = pages.map((page) => page.text).join('\n');
      const names = name.endsWith('-long') ? many.map((row) => row.client.displayName) : [];
      for (const displayName of names) expect(all, name).toContain(displayName);
    }
  });
});
