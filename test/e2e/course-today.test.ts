import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Course } from '../../db/contract/courses.ts';
import { todayIso } from '../../db/contract/dates.ts';
import type { WebHost } from '../../scripts/web-host.ts';
import { makeTempDir } from '../helpers/temp-database.ts';
import { openBrowserSession, type BrowserSession } from './helpers/browser-session.ts';
import { lessonDay, shiftDays } from './helpers/calendar.ts';
import { coursePage, screenshotDir } from './helpers/course-page.ts';
import { seedCourseSite } from './helpers/course-site.ts';

/**
 * Issue 13.7 on the course page at 1366 × 768: a lesson later today says "dnes v 17:00" (the
 * browser's clock is set to 10:00 of the real day, as the database's day is), not "proběhla –
 * docházka nezapsána"; the page with a long attendance grid does not scroll sideways.
 */
const today = todayIso();
const weekday = new Date(`${today}T00:00:00Z`).getUTCDay() || 7;

let temp: ReturnType<typeof makeTempDir>;
let host: WebHost;
let page: Page;
let session: BrowserSession;
let courseId = '';

beforeAll(async () => {
  temp = makeTempDir();
  const file = join(temp.dir, 'course-today.sqlite');
  const people = await seedCourseSite(file);
  session = await openBrowserSession(file, {
    viewport: { width: 1366, height: 768 },
    beforeLoad: async (newPage, newHost) => {
      // Ten in the morning of the real day: Date only, timers run as usual.
      await newPage.clock.setFixedTime(new Date(`${today}T10:00:00`));
      const ui = coursePage(newPage, newHost);
      // Twice a week for three months: a grid far wider than the window.
      const course = await ui.api<Course>('courses.create', {
        kind: 'czech_low_threshold',
        title: 'Čeština večer',
        town: 'Liberec',
        lecturer: 'Mgr. Jana Nováková',
        startDate: shiftDays(today, -70),
        endDate: shiftDays(today, 20),
        schedule: [
          { weekday, start: '17:00', end: '18:30' },
          { weekday: (weekday % 7) + 1, start: '08:00', end: '09:30' },
        ],
      });
      courseId = course.id;
      for (const person of [people.an, people.taras, people.sarnai, people.sergej]) {
        await ui.api('enrolments.enrol', { courseId, clientId: person.id });
      }
    },
  });
  ({ host, page } = session);
});

afterAll(async () => {
  await session?.close();
  temp?.cleanup();
});

describe('the course page today', () => {
  it('says a lesson later today is today at 17:00, and an earlier one unrecorded', async () => {
    await page.goto(`http://127.0.0.1:${host.port}/#/courses/${courseId}`);
    await page.getByRole('heading', { level: 1, name: 'Čeština večer' }).waitFor();
    const lessons = page.getByRole('table', { name: 'Lekce' });
    const todayRow = lessons.getByRole('row', { name: new RegExp(lessonDay(today)) });
    await todayRow.getByText('dnes v 17:00').waitFor();
    expect(await todayRow.getByText('proběhla').count()).toBe(0);
    const lastWeek = lessons.getByRole('row', {
      name: new RegExp(lessonDay(shiftDays(today, -7))),
    });
    await lastWeek.getByText('proběhla – docházka nezapsána').waitFor();
  });

  it('fits 1366 px without scrolling sideways', async () => {
    const widths = await page
      .locator('html')
      .evaluate((element) => [element.scrollWidth, element.clientWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
    // The grid scrolls inside itself instead.
    const grid = page.locator('.attendance-scroll');
    expect(await grid.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    await page.screenshot({ path: join(screenshotDir, 'course-today-1366.png') });
  });

  it('says it in English too', async () => {
    await page.getByRole('radiogroup', { name: 'Jazyk' }).getByText('English').click();
    const lessons = page.getByRole('table', { name: 'Lessons' });
    await lessons.getByText('today at 17:00').waitFor();
    await page.getByRole('radiogroup', { name: 'Language' }).getByText('Čeština').click();
  });
});
