import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../db/api.ts';
import { demoHq } from '../../db/demo/demo-site.ts';
import { openStore } from '../../db/open-app.ts';
import { startWebHost, type WebHost } from '../../scripts/web-host.ts';
import { makeTempDir } from '../helpers/temp-database.ts';
import {
  admin,
  focusedElement,
  seedAccessibilitySite,
  signIn,
  type AccessibilitySite,
} from './helpers/accessibility-site.ts';
import { expectAccessible } from './helpers/axe.ts';
import type { TestBrowser } from './helpers/browser.ts';
import { openBrowserSession, type BrowserSession } from './helpers/browser-session.ts';
import { shootElement, shootWholePage } from './helpers/screenshots.ts';

/**
 * Every main screen of the app, signed in, with the 2010 demo data, scanned by axe-core for
 * WCAG 2.1 A and AA: not one violation is allowed. Then what axe cannot see: where the focus goes
 * after an action, charts that are pictures with their numbers in tables, focus rings.
 * Dialogs, menus and notifications are in accessibility-dialogs.test.ts.
 */

const screenshotDir = join(import.meta.dirname, '..', '..', 'test-output', 'e2e');
const report2010 = '/reports?period=custom&from=2010-05-01&to=2010-12-31';

let temp: ReturnType<typeof makeTempDir>;
let site: AccessibilitySite;
let host: WebHost;
let browser: TestBrowser;
let page: Page;
let session: BrowserSession;

beforeAll(async () => {
  temp = makeTempDir();
  site = await seedAccessibilitySite(temp.dir);
  session = await openBrowserSession(site.file, { viewport: { width: 1366, height: 768 } });
  ({ host, browser, page } = session);
});

afterAll(async () => {
  await session?.close();
  temp?.cleanup();
});

/** A screen by its address, once its heading is there and nothing is still loading. */
async function open(path: string, heading: string | RegExp): Promise<void> {
  await page.goto(`http://127.0.0.1:${host.port}/#${path}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await expect.poll(() => page.getByLabel('Načítám…').count()).toBe(0);
}

const shot = (name: string) => shootWholePage(page, join(screenshotDir, `a11y-${name}.png`));

describe('every main screen meets WCAG 2.1 AA (axe-core)', () => {
  it('the sign-in screen', async () => {
    await page.getByRole('heading', { level: 1, name: 'Přihlášení' }).waitFor();
    await expectAccessible(page, 'sign-in');
    await signIn(page, admin);
    await page.getByRole('heading', { level: 1, name: demoHq.name }).waitFor();
  });

  it('home', async () => {
    await expect.poll(() => page.getByLabel('Načítám…').count()).toBe(0);
    await expectAccessible(page, 'home');
    await shot('home');
  });

  const screens: [name: string, path: string, heading: string | RegExp][] = [
    ['reception', '/reception', 'Recepce'],
    ['clients', '/clients', 'Klienti'],
    ['new client', '/clients/new', 'Nový klient'],
    ['duplicates', '/clients/duplicates', /duplicit/i],
    ['services', '/services', 'Služby'],
    ['courses', '/courses', 'Kurzy'],
    ['new course', '/courses/new', 'Nový kurz'],
    ['library: catalogue', '/library', 'Knihovna'],
    ['library: overdue', '/library?tab=overdue', 'Knihovna'],
    ['partners', '/partners', /Partne/],
    ['events', '/events', /Akce/],
    ['reports: this year', '/reports', 'Přehledy'],
    ['sync', '/sync', 'Synchronizace'],
    ['review', '/review', 'K posouzení'],
    ['settings', '/settings', 'Nastavení'],
    ['retention', '/settings/retention', /anonymiz/i],
    ['audit', '/settings/audit', /přístup/i],
    ['import', '/import', /import/i],
  ];
  for (const [name, path, heading] of screens) {
    it(name, async () => {
      await open(path, heading);
      await expectAccessible(page, name);
    });
  }

  it('a client with acts, loans and a course', async () => {
    await open(`/clients/${site.clientId}`, /./);
    await page.getByRole('table', { name: 'Služby' }).waitFor();
    await expectAccessible(page, 'client detail');
  });

  it('a client with a likely duplicate', async () => {
    await open(`/clients/${site.duplicate.id}`, /Tran/);
    await expectAccessible(page, 'client with a duplicate');
  });

  it('editing a client', async () => {
    await open(`/clients/${site.clientId}/edit`, /./);
    await expectAccessible(page, 'edit client');
  });

  it('a course with its lessons, participants and attendance grid', async () => {
    await open(`/courses/${site.course.id}`, site.course.title);
    await page.getByRole('grid', { name: /Docházka/ }).waitFor();
    await expectAccessible(page, 'course detail');
  });

  it('the report of 2010 and a list behind one of its numbers', async () => {
    await open(report2010, 'Přehledy');
    await page.getByTestId('report-period').getByText('1. 5. 2010 – 31. 12. 2010').waitFor();
    await page.getByRole('table', { name: 'Klienti podle státní příslušnosti' }).waitFor();
    await expectAccessible(page, 'report 2010');
    await page
      .getByRole('table', { name: 'Klienti podle státní příslušnosti' })
      .getByRole('link')
      .first()
      .click();
    await page.getByRole('heading', { level: 1 }).filter({ hasNotText: 'Přehledy' }).waitFor();
    await expect.poll(() => page.getByLabel('Načítám…').count()).toBe(0);
    await expectAccessible(page, 'report drill-down');
  });
});

describe('the first-run screen and the app in English', () => {
  it('the first-run screen of a new database', async () => {
    const empty = await startWebHost({ dbPath: join(temp.dir, 'new.sqlite') });
    const firstRun = await browser.context.newPage();
    try {
      await firstRun.setViewportSize({ width: 1366, height: 768 });
      await firstRun.goto(empty.url);
      await firstRun.getByRole('heading', { level: 1, name: 'Založení pracoviště' }).waitFor();
      await expectAccessible(firstRun, 'first run');
      // Sent empty, the set-up form shows its errors.
      await firstRun.getByRole('button', { name: 'Založit pracoviště' }).click();
      await firstRun.locator('[aria-invalid="true"]').first().waitFor();
      await expectAccessible(firstRun, 'first run with errors');
      await shootWholePage(firstRun, join(screenshotDir, 'a11y-first-run.png'));
    } finally {
      await firstRun.close();
      await empty.close();
    }
  });

  it('home and the 2010 report in English', async () => {
    await open('/', demoHq.name);
    await page.getByRole('radiogroup', { name: 'Jazyk' }).getByText('English').click();
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    await expectAccessible(page, 'home in English');
    await open(report2010, 'Reports');
    await page.getByRole('table', { name: 'Clients by nationality' }).waitFor();
    await expectAccessible(page, 'report 2010 in English');
    await page.getByRole('radiogroup', { name: 'Language' }).getByText('Čeština').click();
    await page.getByRole('navigation', { name: 'Hlavní navigace' }).waitFor();
  });
});

describe('the report with a submitted period', () => {
  it('keeps the focus in the submission panel after "Odevzdat"', async () => {
    await open(report2010, 'Přehledy');
    const panel = page.getByTestId('report-submission');
    const submit = panel.getByRole('button', { name: 'Označit jako odevzdané' });
    await submit.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Odevzdat přehled za období' });
    await dialog.waitFor();
    await expectAccessible(page, 'submit dialog');
    await dialog.getByRole('textbox', { name: 'Poznámka' }).fill('Tisková zpráva, prosinec 2010');
    await dialog.getByRole('button', { name: 'Odevzdat' }).focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    const submitted = panel.getByText(/^Odevzdáno .*Petra Sovová/);
    await submitted.waitFor();
    // The button that opened the dialog is gone; the line saying what happened has the focus.
    await expect.poll(() => focusedElement(page)).toMatch(/^P: Odevzdáno/);
    // And Tab goes on from there, into the page, not from its top.
    await page.keyboard.press('Tab');
    expect(await focusedElement(page)).not.toBe('BODY');
  });

  it('scans the report of the submitted period', async () => {
    await page.getByRole('table', { name: 'Odevzdaná období' }).getByText('beze změn').waitFor();
    await expectAccessible(page, 'submitted report');
    await shot('report-submitted');
  });

  it('scans the report whose figures changed after it was submitted', async () => {
    // A late act of another office, written to the same file by a second connection.
    const store = await openStore({ file: site.file, mode: 'open' });
    try {
      const api = createApi(store);
      const signedIn = await api.invoke(
        'session.signIn',
        { userName: admin.name, password: admin.password },
        'cs',
      );
      expect(signedIn.ok).toBe(true);
      const result = await api.invoke(
        'acts.record',
        { clientId: site.clientId, type: 'social_legal_counselling', date: '2010-06-15' },
        'cs',
      );
      expect(result.ok ? 'recorded' : result.error.message).toBe('recorded');
    } finally {
      store.sqlite.close();
    }
    await page.reload();
    await page
      .getByTestId('report-submission')
      .getByText('Od odevzdání se změnil 1 úkon')
      .waitFor();
    await page.getByRole('table', { name: 'Úkony za rozdílem' }).waitFor();
    await expect.poll(() => page.getByLabel('Načítám…').count()).toBe(0);
    await expectAccessible(page, 'report changed since submission');
    await shootElement(
      page.getByTestId('report-submission'),
      join(screenshotDir, 'a11y-report-changed.png'),
    );
    await shootElement(
      page.getByRole('region', { name: 'Odevzdaná období' }),
      join(screenshotDir, 'a11y-submitted-periods.png'),
    );
    // Submitted again: the button that opened the dialog goes too, and the focus stays put.
    const panel = page.getByTestId('report-submission');
    await panel.getByRole('button', { name: /^Odevzdat znovu/ }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Odevzdat přehled za období' });
    await dialog.getByRole('button', { name: 'Odevzdat' }).focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await panel.getByText('Od odevzdání se v tomto období nic nezměnilo.').waitFor();
    await expect.poll(() => focusedElement(page)).toMatch(/^P: Odevzdáno/);
  });

  it('draws the charts as named pictures, not Tab stops, with the monthly numbers in a table', async () => {
    const monthly = page.getByRole('region', { name: 'Úkony po měsících' });
    const chart = monthly.getByRole('img', { name: 'Graf počtu úkonů v jednotlivých měsících' });
    await chart.waitFor();
    expect(await page.locator('.recharts-surface[tabindex]').count()).toBe(0);
    // The last month's point and label are drawn whole, inside the chart.
    const edges = await chart.locator('svg.recharts-surface').evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      const ticks = [...svg.querySelectorAll('.recharts-xAxis .recharts-cartesian-axis-tick')];
      const last = ticks.at(-1)!.getBoundingClientRect();
      const dots = [...svg.querySelectorAll('.recharts-line-dot, .recharts-dot')];
      const lastDot = dots.at(-1)!.getBoundingClientRect();
      return { right: box.right, label: last.right, dot: lastDot.right };
    });
    expect(edges.label).toBeLessThanOrEqual(edges.right);
    expect(edges.dot).toBeLessThan(edges.right);
    await shootElement(monthly, join(screenshotDir, 'a11y-monthly-chart.png'));

    const toggle = monthly.getByRole('button', { name: 'Zobrazit čísla v tabulce' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    const table = monthly.getByRole('table', { name: 'Klienti a úkony po měsících' });
    await table.waitFor();
    expect(
      await monthly.getByRole('button', { name: 'Skrýt tabulku' }).getAttribute('aria-expanded'),
    ).toBe('true');
    const rows = await table.getByRole('row').allInnerTexts();
    expect(rows[0]!.split('\t')).toEqual(['Měsíc', 'Klienti', 'Úkony']);
    // May to December 2010: every month of the period, in order.
    expect(rows.slice(1).map((row) => row.split('\t')[0])).toEqual([
      'květen 2010',
      'červen 2010',
      'červenec 2010',
      'srpen 2010',
      'září 2010',
      'říjen 2010',
      'listopad 2010',
      'prosinec 2010',
    ]);
    await expectAccessible(page, 'monthly table');
    await shootElement(monthly, join(screenshotDir, 'a11y-monthly-table.png'));
  });
});

describe('focus after actions', () => {
  it('stays on the page when Tab leaves the attendance grid with unsaved marks', async () => {
    await open(`/courses/${site.course.id}`, site.course.title);
    const grid = page.getByRole('grid', { name: /Docházka/ });
    const current = grid.locator('td[tabindex="0"]');
    await current.focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await grid.locator('td[data-pending]').first().waitFor();
    await expectAccessible(page, 'grid with unsaved marks');
    await shootElement(
      page.getByRole('region', { name: 'Docházka', exact: true }),
      join(screenshotDir, 'a11y-grid-unsaved.png'),
    );
    await page.keyboard.press('Tab');
    // Leaving the grid saves the lesson; the button Tab landed on stays, and keeps the focus.
    await page.getByText(/^Docházka lekce .* je uložena/).waitFor();
    expect(await grid.locator('td[data-pending]').count()).toBe(0);
    expect(await focusedElement(page)).toBe('BUTTON: Vše uloženo');
    await shootElement(
      page.getByRole('region', { name: 'Docházka', exact: true }),
      join(screenshotDir, 'a11y-grid-saved.png'),
    );
    await expectAccessible(page, 'grid saved');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedElement(page)).toMatch(/^TD: /);
  });

  it('shows a ring around the "Jazyky" multiselect when it has the focus', async () => {
    await open('/clients/new', 'Nový klient');
    const languages = page.getByRole('combobox', { name: 'Jazyky', exact: true });
    await languages.focus();
    const ring = await languages.evaluate((input) => {
      const box = input.closest('.mantine-Input-input')!;
      const style = box.ownerDocument.defaultView!.getComputedStyle(box);
      return `${style.outlineStyle} ${style.outlineWidth}`;
    });
    expect(ring).toBe('solid 2px');
    await shootElement(
      page.getByRole('group', { name: 'Jazyky' }),
      join(screenshotDir, 'a11y-languages-focus.png'),
    );
  });

  it('shows the same ring around a password field with its eye button', async () => {
    await page.getByRole('button', { name: /^Uživatel: / }).click();
    await page.getByRole('menuitem', { name: 'Změnit heslo' }).click();
    const dialog = page.getByRole('dialog', { name: 'Změna hesla' });
    const current = dialog.getByLabel(/^Současné heslo\s*\*?$/);
    await current.focus();
    const ring = await current.evaluate((input) => {
      const box = input.closest('.mantine-Input-input')!;
      const style = box.ownerDocument.defaultView!.getComputedStyle(box);
      return `${style.outlineStyle} ${style.outlineWidth}`;
    });
    expect(ring).toBe('solid 2px');
    await shootElement(dialog, join(screenshotDir, 'a11y-password-focus.png'));
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });
});
