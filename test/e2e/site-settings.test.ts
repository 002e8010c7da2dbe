import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../db/contract/dates.ts';
import { startWebHost, type WebHost } from '../../scripts/web-host.ts';
import { makeTempDir } from '../helpers/temp-database.ts';
import { launchTestBrowser, type TestBrowser } from './helpers/browser.ts';
import { createHqSite } from './helpers/browser-session.ts';
import { shiftDays } from './helpers/calendar.ts';
import { shootWholePage } from './helpers/screenshots.ts';

/**
 * Issue 13.10 and 13.12 at 1366 × 768: the first-run screen shows the demo offer without
 * scrolling; a new centre's funding line is empty; Settings renames the site and its town,
 * shows where the database and backups live, sets the loan period and the opening hours that
 * the reception and the services' day view use; the import screen names its Czech file names.
 */
const screenshotDir = join(import.meta.dirname, '..', '..', 'test-output', 'e2e');
const today = todayIso();
const isoWeekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay() || 7;

let temp: ReturnType<typeof makeTempDir>;
let browser: TestBrowser;
let page: Page;
let host: WebHost | undefined;

beforeAll(async () => {
  temp = makeTempDir();
  await mkdir(screenshotDir, { recursive: true });
  browser = await launchTestBrowser();
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 1366, height: 768 });
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
  temp?.cleanup();
});

describe('the first run', () => {
  it('shows the demo offer without scrolling at 768 px', async () => {
    const first = await startWebHost({ dbPath: join(temp.dir, 'new.sqlite') });
    try {
      await page.goto(first.url);
      const offer = page.getByRole('button', { name: 'Vyzkoušet s ukázkovými daty' });
      await offer.waitFor();
      const box = await offer.boundingBox();
      expect(box!.y + box!.height).toBeLessThanOrEqual(768);
      expect(await page.evaluate('window.scrollY')).toBe(0);
      await page.screenshot({ path: join(screenshotDir, 'settings-first-run-768.png') });
    } finally {
      await first.close();
    }
  });
});

describe('Settings of a new centre', () => {
  const file = () => join(temp.dir, 'centre.sqlite');

  beforeAll(async () => {
    await createHqSite(file());
    host = await startWebHost({ dbPath: file() });
    await page.goto(host.url);
    await page.getByRole('heading', { level: 1, name: 'Centrum Liberec' }).waitFor();
  });

  const openSettings = async () => {
    await page
      .getByRole('navigation', { name: 'Hlavní navigace' })
      .getByRole('link', { name: 'Nastavení' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Nastavení' }).waitFor();
  };

  it('starts with an empty funding line', async () => {
    await openSettings();
    expect(await page.getByRole('textbox', { name: 'Řádek o financování' }).inputValue()).toBe('');
  });

  it('renames the site and its town, and the header says so at once', async () => {
    const site = page.getByRole('region', { name: 'Pracoviště' });
    await site.getByRole('textbox', { name: 'Název pracoviště' }).fill('Centrum Jablonec');
    await site.getByRole('textbox', { name: 'Obec' }).fill('Jablonec nad Nisou');
    await site.getByRole('button', { name: 'Uložit název a obec' }).click();
    await page
      .getByText('Pracoviště se nyní jmenuje Centrum Jablonec (Jablonec nad Nisou).')
      .waitFor();
    await page.getByRole('banner').getByText('Centrum Jablonec').waitFor();
  });

  it('shows where the database and its backups live', async () => {
    const storage = page.getByRole('region', { name: 'Kde jsou data' });
    await storage.getByText(file()).waitFor();
    await storage.getByText(join(temp.dir, 'backups')).waitFor();
    await storage.getByText('Databáze není zašifrovaná.').waitFor();
  });

  it('keeps the loan period and the opening hours the desk uses', async () => {
    const loanDays = page.getByRole('textbox', { name: 'Výpůjční lhůta (dny)' });
    await loanDays.fill('14');
    // Today open 8:00–16:30, yesterday closed, every other day 9–17.
    const days = ['Pondělí', 'Úterý', 'Středa', 'Čtvrtek', 'Pátek', 'Sobota', 'Neděle'];
    const todayName = days[isoWeekday(today) - 1]!;
    const yesterdayName = days[isoWeekday(shiftDays(today, -1)) - 1]!;
    for (const day of days) {
      const open = page.getByRole('checkbox', { name: `${day}: otevřeno` });
      if ((await open.isChecked()) !== (day !== yesterdayName)) await open.click();
    }
    await page.getByRole('textbox', { name: `${todayName}: otevírá v` }).fill('8');
    const closes = page.getByRole('textbox', { name: `${todayName}: zavírá v` });
    await closes.fill('1630');
    await closes.blur();
    await page.getByRole('button', { name: 'Uložit nastavení' }).click();
    await page.getByText('Nastavení je uloženo.').waitFor();
    await shootWholePage(page, join(screenshotDir, 'settings-site-hours.png'));

    await page.keyboard.press('Alt+R');
    await page.getByRole('heading', { level: 1, name: 'Recepce' }).waitFor();
    await page.getByText('Otevřeno 8:00–16:30').waitFor();
    await page.screenshot({ path: join(screenshotDir, 'settings-reception-hours.png') });

    await page
      .getByRole('navigation', { name: 'Hlavní navigace' })
      .getByRole('link', { name: 'Služby' })
      .click();
    await page.getByRole('button', { name: 'Předchozí den' }).click();
    // Yesterday is closed: the day before it is shown.
    const [year, month, day] = shiftDays(today, -2).split('-').map(Number);
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Den' }).inputValue())
      .toBe(`${day}. ${month}. ${year}`);
  });

  it('lends a book for the loan period from Settings', async () => {
    await fetch(`http://127.0.0.1:${host!.port}/api/books.create`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Pristav-Token': host!.token },
      body: JSON.stringify({ title: 'Кобзар', language: 'uk', copies: 1 }),
    });
    await page
      .getByRole('navigation', { name: 'Hlavní navigace' })
      .getByRole('link', { name: 'Knihovna' })
      .click();
    await page
      .getByRole('button', { name: /Půjčit/ })
      .first()
      .click();
    await page.getByText('Výchozí výpůjční doba je 14 dní.').waitFor();
    await page.keyboard.press('Escape');
  });

  it('names the Czech file names on the import screen', async () => {
    await page.goto(`http://127.0.0.1:${host!.port}/#/import`);
    await page.getByText('klienti.csv, služby.csv', { exact: false }).first().waitFor();
  });

  it('speaks English in Settings and at the desk too', async () => {
    await page.getByRole('radiogroup', { name: 'Jazyk' }).getByText('English').click();
    await page.keyboard.press('Alt+R');
    await page.getByRole('heading', { level: 1, name: 'Reception' }).waitFor();
    await page.getByText('Open 8:00–16:30').waitFor();
    await page.goto(`http://127.0.0.1:${host!.port}/#/settings`);
    await page.getByRole('region', { name: 'Where the data lives' }).waitFor();
    await page.getByRole('group', { name: 'Opening hours' }).waitFor();
    await page
      .getByRole('radiogroup', { name: 'Language', exact: true })
      .getByText('Čeština')
      .click();
  });
});
