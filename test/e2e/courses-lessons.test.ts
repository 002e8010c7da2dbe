import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Course, CourseDetail } from '../../db/contract/courses.ts';
import { todayIso } from '../../db/contract/dates.ts';
import type { WebHost } from '../../scripts/web-host.ts';
import { makeTempDir } from '../helpers/temp-database.ts';
import { openBrowserSession, type BrowserSession } from './helpers/browser-session.ts';
import { czechDate, firstWeekdayFrom, lessonDay, shiftDays } from './helpers/calendar.ts';
import { coursePage } from './helpers/course-page.ts';
import { seedCourseSite, type SeededPeople } from './helpers/course-site.ts';

/**
 * The course's lessons and participants over time: a course made through the API with three
 * people and a lesson ticked, then changed from the screen.
 */

let temp: ReturnType<typeof makeTempDir>;
let host: WebHost;
let page: Page;
let session: BrowserSession;
let people: SeededPeople;
let ui: ReturnType<typeof coursePage>;
let courseId = '';

const endDate = shiftDays(todayIso(), 34);

beforeAll(async () => {
  temp = makeTempDir();
  const file = join(temp.dir, 'course-lessons.sqlite');
  people = await seedCourseSite(file);
  session = await openBrowserSession(file, {
    beforeLoad: async (newPage, newHost) => {
      newPage.setDefaultTimeout(15_000);
      ui = coursePage(newPage, newHost);

      const course = await ui.api<Course>('courses.create', {
        kind: 'czech_low_threshold',
        title: 'Čeština pro začátečníky A1',
        town: 'Liberec',
        venue: 'Komunitní centrum, Palachova 7',
        level: 'A1',
        lecturer: 'Mgr. Jana Nováková',
        startDate: shiftDays(todayIso(), -21),
        endDate,
        capacity: 3,
        schedule: [
          { weekday: 1, start: '17:00', end: '18:30' },
          { weekday: 3, start: '17:00', end: '18:30' },
        ],
      });
      courseId = course.id;
      for (const person of [people.an, people.taras, people.sarnai]) {
        await ui.api('enrolments.enrol', { courseId, clientId: person.id });
      }
      const { lessons } = await ui.api<CourseDetail>('courses.get', { id: courseId });
      await ui.api('attendance.mark', {
        lessonId: lessons[0]!.id,
        marks: [
          { clientId: people.an.id, isPresent: true },
          { clientId: people.taras.id, isPresent: true },
          { clientId: people.sarnai.id, isPresent: false },
        ],
      });
    },
    heading: 'Centrum Liberec',
  });
  ({ host, page } = session);
  await page.goto(`http://127.0.0.1:${host.port}/#/courses/${courseId}`);
  await page.getByRole('heading', { level: 2, name: 'Docházka' }).waitFor();
});

afterAll(async () => {
  await session?.close();
  temp?.cleanup();
});

describe('lessons and participants of a running course', () => {
  it('cancels, moves and adds lessons; a cancelled lesson takes no tick', async () => {
    const before = await ui.detail(courseId);
    const third = before.lessons[2]!;
    const fourth = before.lessons[3]!;
    const lessons = page.getByRole('table', { name: 'Lekce' });
    await lessons.getByRole('button', { name: `Zrušit lekci ${lessonDay(third.date)}` }).click();
    await lessons.getByRole('button', { name: `Obnovit lekci ${lessonDay(third.date)}` }).waitFor();
    expect(await ui.cell(0, 2).getAttribute('aria-disabled')).toBe('true');
    await ui.cell(0, 2).focus();
    await page.keyboard.press('Space');
    expect(await ui.cellText(0, 2)).toBe('zrušená');
    expect(await ui.pendingCells().count()).toBe(0);

    await lessons
      .getByRole('button', { name: `Přesunout lekci ${lessonDay(fourth.date)}` })
      .click();
    const dialog = page.getByRole('dialog', { name: `Přesunout lekci ${lessonDay(fourth.date)}` });
    await dialog.getByRole('textbox', { name: 'Od' }).fill('18');
    await dialog.getByRole('textbox', { name: 'Do' }).fill('19.30');
    await dialog.getByRole('button', { name: 'Přesunout', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });

    // A day after the course is refused in the API's own words; a Friday within it is added.
    await ui.typeDate('Den', shiftDays(endDate, 7));
    await page.getByRole('button', { name: 'Přidat lekci' }).click();
    await page.getByRole('alert').getByText('je mimo termín kurzu', { exact: false }).waitFor();
    const friday = firstWeekdayFrom(shiftDays(todayIso(), 1), 5);
    await ui.typeDate('Den', friday);
    await page.getByRole('button', { name: 'Přidat lekci' }).click();
    await lessons.getByRole('cell', { name: lessonDay(friday), exact: true }).waitFor();

    const after = await ui.detail(courseId);
    expect(after.lessons).toHaveLength(before.lessons.length + 1);
    expect(after.lessons.find((l) => l.id === third.id)?.isCancelled).toBe(true);
    expect(after.lessons.find((l) => l.id === fourth.id)).toMatchObject({
      date: fourth.date,
      start: '18:00',
      end: '19:30',
    });
    expect(after.lessons.find((l) => l.date === friday)).toMatchObject({ start: '17:00' });
  });

  it('ends a participation on the chosen day', async () => {
    await page.getByRole('button', { name: 'Ukončit účast – Batbayar Sarnai' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ukončit účast v kurzu – Batbayar Sarnai' });
    await dialog.getByRole('button', { name: 'Ukončit účast' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = page
      .getByRole('table', { name: 'Účastníci' })
      .getByRole('row', { name: /Batbayar/ });
    await row.getByText(czechDate(todayIso())).nth(1).waitFor();
    const detail = await ui.detail(courseId);
    expect(detail.participants.find((p) => p.client.id === people.sarnai.id)?.leftOn).toBe(
      todayIso(),
    );
    // Lessons after the day she left cannot be ticked for her.
    const last = detail.lessons.length - 1;
    expect(await ui.cell(2, last).getAttribute('aria-disabled')).toBe('true');
    await ui.shot('detail-lessons');
  });

  it('saves a tick left unsaved when the worker goes elsewhere in the app', async () => {
    const lesson = (await ui.detail(courseId)).lessons[5]!;
    await ui.cell(0, 5).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => ui.pendingCells().count()).toBe(1);
    await ui.openList();
    const marks = (await ui.detail(courseId)).marks.filter((m) => m.lessonId === lesson.id);
    expect(marks).toEqual([{ lessonId: lesson.id, clientId: people.an.id, isPresent: true }]);
  });

  it('shows the course in English too', async () => {
    await page.getByText('English', { exact: true }).click();
    await page.goto(`http://127.0.0.1:${host.port}/#/courses/${courseId}`);
    await page.getByRole('heading', { level: 2, name: 'Attendance' }).waitFor();
    await page.getByText('Mon 17:00–18:30, Wed 17:00–18:30').waitFor();
    await ui.shot('detail-en');
  });
});
