import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../db/contract/dates.ts';
import { makeTempDir } from '../helpers/temp-database.ts';
import { openBrowserSession, type BrowserSession } from './helpers/browser-session.ts';
import { countWeekdays, shiftDays } from './helpers/calendar.ts';
import { coursePage } from './helpers/course-page.ts';
import { seedCourseSite, type SeededPeople } from './helpers/course-site.ts';

const courseTitle = 'Čeština pro začátečníky A1';

let temp: ReturnType<typeof makeTempDir>;
let page: Page;
let session: BrowserSession;
let people: SeededPeople;
let ui: ReturnType<typeof coursePage>;
let courseId = '';

// Three weeks of the course have passed, five are to come: lessons to tick and lessons ahead.
const startDate = shiftDays(todayIso(), -21);
const endDate = shiftDays(todayIso(), 34);

beforeAll(async () => {
  temp = makeTempDir();
  const file = join(temp.dir, 'courses.sqlite');
  people = await seedCourseSite(file);
  session = await openBrowserSession(file, {
    beforeLoad: (newPage, newHost) => {
      newPage.setDefaultTimeout(15_000);
      ui = coursePage(newPage, newHost);
    },
    heading: 'Centrum Liberec',
  });
  ({ page } = session);
});

afterAll(async () => {
  await session?.close();
  temp?.cleanup();
});

describe('courses in the browser', () => {
  it('opens the course list from the menu', async () => {
    await ui.openList();
    await page.getByText('2 kurzy').waitFor();
  });

  it('creates a course with a Monday and Wednesday timetable through the form', async () => {
    await page.getByRole('link', { name: 'Nový kurz' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nový kurz' }).waitFor();

    await page.getByRole('combobox', { name: 'Druh kurzu' }).click();
    await page.getByRole('option', { name: 'Čeština – nízkoprahový kurz' }).click();
    await page.getByRole('textbox', { name: 'Název' }).fill(courseTitle);
    await page.getByRole('combobox', { name: 'Obec' }).fill('Lib');
    await page.getByRole('option', { name: 'Liberec' }).click();
    await page
      .getByRole('textbox', { name: 'Místo konání' })
      .fill('Komunitní centrum, Palachova 7');
    await page.getByRole('combobox', { name: 'Úroveň (SERR)' }).click();
    await page.getByRole('option', { name: 'A1', exact: true }).click();
    await page.getByRole('textbox', { name: 'Lektor' }).fill('Mgr. Jana Nováková');
    await ui.typeDate('Začátek kurzu', startDate);
    await ui.typeDate('Konec kurzu', endDate);
    await page.getByRole('textbox', { name: 'Kapacita' }).fill('3');

    // Empty time: the schema's message stands next to the field.
    await page.getByRole('button', { name: 'Přidat den v týdnu' }).click();
    const firstRow = page.getByRole('group', { name: 'Lekce 1' });
    await firstRow.getByRole('combobox', { name: 'Den v týdnu' }).click();
    await page.getByRole('option', { name: 'Po – pondělí' }).click();
    await firstRow.getByRole('textbox', { name: 'Od' }).fill('1700');
    await firstRow.getByRole('textbox', { name: 'Do' }).fill('16:00');
    await page.getByRole('button', { name: 'Založit kurz' }).click();
    await page.getByText('konec musí být po začátku').waitFor();
    const end = firstRow.getByRole('textbox', { name: 'Do' });
    expect(await end.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => end.evaluate((element) => element.matches(':focus'))).toBe(true);
    expect(await firstRow.getByRole('textbox', { name: 'Od' }).inputValue()).toBe('17:00');
    await end.fill('18.30');

    await page.getByRole('button', { name: 'Přidat den v týdnu' }).click();
    const secondRow = page.getByRole('group', { name: 'Lekce 2' });
    await secondRow.getByRole('combobox', { name: 'Den v týdnu' }).click();
    await page.getByRole('option', { name: 'St – středa' }).click();
    expect(await secondRow.getByRole('textbox', { name: 'Od' }).inputValue()).toBe('17:00');

    const expected = countWeekdays(startDate, endDate, [1, 3]);
    await page.getByText(`Vznikne ${expected} lekcí.`).waitFor();
    await ui.shot('form');

    await page.getByRole('button', { name: 'Založit kurz' }).click();
    await page.getByRole('heading', { level: 1, name: courseTitle }).waitFor();
    courseId = /#\/courses\/([^/?]+)$/.exec(page.url())?.[1] ?? '';
    const detail = await ui.detail(courseId);
    expect(detail.lessons).toHaveLength(expected);
    expect(detail.course.schedule).toEqual([
      { weekday: 1, start: '17:00', end: '18:30' },
      { weekday: 3, start: '17:00', end: '18:30' },
    ]);
    await page.getByText('Po 17:00–18:30, St 17:00–18:30').waitFor();
  });

  it('enrols three clients by name and Enter, and shows the API refusing a fourth', async () => {
    const search = page.getByRole('combobox', { name: 'Zapsat klienta' });
    const participants = page.getByRole('table', { name: 'Účastníci' });
    for (const [text, name] of [
      ['nguyen van', 'Nguyễn Văn An'],
      ['sevcenko', 'Ševčenko Taras'],
      ['batbayar', 'Batbayar Sarnai'],
    ] as const) {
      await search.fill(text);
      await page.getByRole('option', { name: new RegExp(name) }).waitFor();
      await search.press('Enter');
      await participants.getByRole('link', { name }).waitFor();
      expect(await search.inputValue()).toBe('');
    }
    await search.fill('ivanov');
    await page.getByRole('option', { name: /Ivanov Sergej/ }).waitFor();
    await search.press('Enter');
    await page
      .getByRole('alert')
      .getByText('Kurz je plný (kapacita 3)', { exact: false })
      .waitFor();
    await search.press('Escape');
    expect((await ui.detail(courseId)).participants.map((p) => p.client.displayName)).toEqual([
      'Nguyễn Văn An',
      'Ševčenko Taras',
      'Batbayar Sarnai',
    ]);
  });

  it('ticks two lessons from the keyboard and saves exactly those marks', async () => {
    const grid = page.getByRole('grid', { name: 'Docházka: účastníci × lekce' });
    // The grid is one tab stop; it opens at the latest lesson held.
    await grid.locator('td[tabindex="0"]').focus();
    await page.keyboard.press('Control+Home');
    await ui.expectFocusedCell(0, 0);

    // First lesson: An and Taras present, Sarnai absent (Space twice).
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await page.keyboard.press('Space');
    await expect.poll(() => ui.cellText(2, 0)).toContain('–');
    await page.getByText('Neuloženo: 3').waitFor();
    await ui.shotOf(ui.attendanceSection(), 'grid-unsaved');

    // Moving to the second lesson saves the first; there: everyone (V), then Taras absent.
    await page.keyboard.press('ArrowRight');
    await page.getByText('je uložena: přítomno 2', { exact: false }).waitFor();
    await page.keyboard.press('v');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Space');
    await page.keyboard.press('Control+s');
    await page.getByText('je uložena: přítomno 2', { exact: false }).waitFor();
    await expect.poll(() => ui.pendingCells().count()).toBe(0);

    const detail = await ui.detail(courseId);
    const [first, second] = detail.lessons;
    const { an, taras, sarnai } = people;
    const marks = detail.marks
      .map((m) => [m.lessonId, m.clientId, m.isPresent])
      .sort((a, b) => String(a).localeCompare(String(b)));
    expect(marks).toEqual(
      [
        [first!.id, an.id, true],
        [first!.id, taras.id, true],
        [first!.id, sarnai.id, false],
        [second!.id, an.id, true],
        [second!.id, taras.id, false],
        [second!.id, sarnai.id, true],
      ].sort((a, b) => String(a).localeCompare(String(b))),
    );
    // The rates follow: two of the lessons held so far.
    await expect.poll(() => ui.cellText(0, 0)).toContain('✓');
    await ui.shotOf(ui.attendanceSection(), 'grid');
    await ui.shot('detail');
  });

  it('downloads the first lesson’s attendance sheet with the names in their own spelling', async () => {
    const detail = await ui.detail(courseId);
    const first = detail.lessons[0]!;
    const button = page.getByRole('button', { name: /^Prezenční listina lekce/ }).first();
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^prezencni-listina-[a-z0-9-]+-${first.date}\\.pdf$`),
    );
    const file = join(temp.dir, 'sheet.pdf');
    await download.saveAs(file);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Nguyễn Văn An');
    expect(text).toContain('Ševčenko Taras');
    expect(text).toContain('Batbayar Sarnai');

    const [course] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Prezenční listina kurzu (PDF)' }).click(),
    ]);
    expect(course.suggestedFilename()).toMatch(/^prezencni-listina-[a-z0-9-]+[a-z0-9]\.pdf$/);
  });

  it('lists the course with its numbers and filters by town and kind', async () => {
    await ui.openList();
    await page.getByText('3 kurzy').waitFor();
    const row = page.getByRole('row', { name: new RegExp(courseTitle) });
    await row.getByText('3 z 3').waitFor();
    await row.getByText('Čeština – nízkoprahový kurz').waitFor();
    await ui.shot('list');
    await page.getByRole('combobox', { name: 'Obec' }).click();
    await page.getByRole('option', { name: 'Turnov' }).click();
    await page.getByText('1 kurz', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Počítač pro začátečníky' }).waitFor();
    await page.getByRole('combobox', { name: 'Druh kurzu' }).click();
    await page.getByRole('option', { name: 'Sociokulturní kurz' }).click();
    await page.getByText('Filtru neodpovídá žádný kurz.').waitFor();
    expect(new URL(page.url()).hash).toBe('#/courses?town=Turnov&kind=sociocultural');
  });
});
