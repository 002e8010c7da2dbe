import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoHq } from '../../db/demo/demo-site.ts';
import { fillRelease2010 } from '../../db/demo/release-2010.ts';
import { openStore } from '../../db/open-app.ts';
import { makeTempDir } from '../helpers/temp-database.ts';
import { openBrowserSession, type BrowserSession } from './helpers/browser-session.ts';
import { shootWholePage } from './helpers/screenshots.ts';

const screenshotDir = join(import.meta.dirname, '..', '..', 'test-output', 'e2e');
const shot = (name: string) => shootWholePage(page, join(screenshotDir, `reports-${name}.png`));

let temp: ReturnType<typeof makeTempDir>;
let page: Page;
let session: BrowserSession;

beforeAll(async () => {
  temp = makeTempDir();
  const file = join(temp.dir, 'release-2010.sqlite');
  const store = await openStore({ file, mode: 'create' });
  fillRelease2010(store);
  store.sqlite.close();
  session = await openBrowserSession(file, { heading: demoHq.name });
  ({ page } = session);
});

afterAll(async () => {
  await session?.close();
  temp?.cleanup();
});

/** Czech numbers group thousands with a no-break space: "2 934" reads as "2 934" here. */
const plainText = async (locator: Locator) =>
  ((await locator.textContent()) ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();

const stat = (label: string) =>
  page.getByTestId('report-stat').filter({ has: page.getByText(label, { exact: true }) });

async function typeDate(name: string, text: string) {
  const field = page.getByRole('textbox', { name, exact: true });
  await field.fill(text);
  await field.press('Escape');
}

async function expectStat(label: string, value: string) {
  await expect.poll(() => plainText(stat(label).locator('.report-stat-value'))).toBe(value);
}

describe('the period report screen', () => {
  it('opens from the menu with a period chosen', async () => {
    await page.getByRole('link', { name: 'Přehledy' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Přehledy' }).waitFor();
    // The demo is from 2010: this year has nothing, and the page says so in words.
    await page.getByRole('combobox', { name: 'Období' }).click();
    await page.getByRole('option', { name: 'Tento měsíc' }).click();
    await page.getByText('V tomto období není žádný úkon').waitFor();
    await shot('empty');
  });

  it('shows the figures of the press release for 1. 5. – 31. 12. 2010', async () => {
    await typeDate('Od', '1. 5. 2010');
    await typeDate('Do', '31. 12. 2010');
    await page.getByTestId('report-period').getByText('1. 5. 2010 – 31. 12. 2010').waitFor();
    expect(await page.getByRole('combobox', { name: 'Období' }).inputValue()).toBe(
      'Vlastní období',
    );
    await expectStat('Klienti z třetích zemí', '476');
    await expectStat('Země původu (třetí země)', '26');
    await expectStat('Úkony klientům z třetích zemí', '2 934');
    await expectStat('Úkonů na klienta', '6,16');

    const nationalities = page.getByRole('table', { name: 'Klienti podle státní příslušnosti' });
    expect(await nationalities.locator('tbody tr').count()).toBe(26);
    for (const [country, clients] of [
      ['Vietnam', '206'],
      ['Mongolsko', '153'],
      ['Ukrajina', '44'],
      ['Rusko', '30'],
    ] as const) {
      const row = nationalities
        .getByRole('row')
        .filter({ has: page.getByText(country, { exact: true }) });
      expect(await plainText(row.getByRole('link'))).toBe(clients);
    }
    const services = page.getByRole('table', { name: 'Podle služeb' });
    const czech = services.getByRole('row').filter({ has: page.getByText('Kurz češtiny') });
    expect(await plainText(czech.getByRole('link').first())).toBe('392');
    const courses = page.getByRole('table', { name: 'Kurzy' });
    const lowThreshold = courses
      .getByRole('row')
      .filter({ has: page.getByText('Čeština – nízkoprahový kurz') });
    expect(await plainText(lowThreshold.getByRole('cell').first())).toBe('16');
    const towns = page.getByRole('table', { name: 'Podle obcí' });
    expect(await towns.locator('tbody tr').count()).toBe(5);
    await shot('overview');
  });

  it('opens the 206 clients from Vietnam from the keyboard, then returns to the same report', async () => {
    const vietnam = page.getByRole('link', { name: 'Vietnam – Klienti: 206. Zobrazit seznam' });
    await vietnam.focus();
    await page.keyboard.press('Enter');
    await page
      .getByRole('heading', { level: 1, name: 'Klienti – státní příslušnost Vietnam' })
      .waitFor();
    expect(await plainText(page.getByTestId('drilldown-total'))).toBe('206 klientů');
    const table = page.getByRole('table', { name: 'Klienti za číslem přehledu' });
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(100);
    await shot('drilldown');

    const pages = page.getByRole('navigation', { name: 'Stránky seznamu' });
    await pages.getByRole('button', { name: '3' }).click();
    await page.getByText('Řádky 201–206 z 206').waitFor();
    expect(await rows.count()).toBe(6);
    expect(await rows.first().getByRole('cell').nth(2).textContent()).toBe('Vietnam');

    // A name opens the client; the browser's back button returns to the list.
    const name = (await rows.first().getByRole('link').textContent())!;
    await rows.first().getByRole('link').click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.goBack();
    await page.getByText('Řádky 201–206 z 206').waitFor();

    await page.getByRole('link', { name: 'Zpět na přehled' }).click();
    await page.getByRole('heading', { level: 1, name: 'Přehledy' }).waitFor();
    await page.getByTestId('report-period').getByText('1. 5. 2010 – 31. 12. 2010').waitFor();
    await expectStat('Klienti z třetích zemí', '476');
  });

  it('drills into the acts of one town and into the participants of a course kind', async () => {
    const towns = page.getByRole('table', { name: 'Podle obcí' });
    const turnov = towns
      .getByRole('row')
      .filter({ has: page.getByText('Turnov', { exact: true }) });
    const acts = await plainText(turnov.getByRole('cell').nth(1));
    await turnov.getByRole('cell').nth(1).getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: 'Úkony – obec Turnov' }).waitFor();
    expect(await plainText(page.getByTestId('drilldown-total'))).toMatch(
      new RegExp(`^${acts} úkon`),
    );
    await shot('drilldown-acts');
    await page.goBack();

    const courses = page.getByRole('table', { name: 'Kurzy' });
    const pc = courses.getByRole('row').filter({ has: page.getByText('PC kurz') });
    const participants = await plainText(pc.getByRole('link'));
    await pc.getByRole('link').click();
    await page
      .getByRole('heading', { level: 1, name: 'Klienti – účastníci kurzů: PC kurz' })
      .waitFor();
    expect(await plainText(page.getByTestId('drilldown-total'))).toMatch(
      new RegExp(`^${participants} klient`),
    );
    await page.getByRole('link', { name: 'Zpět na přehled' }).click();
    await expectStat('Klienti z třetích zemí', '476');
  });

  it('reports one town only when a town is chosen, and since opening', async () => {
    await page.getByRole('combobox', { name: 'Obec' }).click();
    await page.getByRole('option', { name: 'Turnov' }).click();
    await page.getByText('jen úkony poskytnuté v obci Turnov').waitFor();
    const towns = page.getByRole('table', { name: 'Podle obcí' });
    await expect.poll(() => towns.locator('tbody tr').count()).toBe(1);
    await page.getByRole('combobox', { name: 'Obec' }).click();
    await page.getByRole('option', { name: 'Všechny obce' }).click();
    await page.getByText('jen úkony poskytnuté v obci').waitFor({ state: 'detached' });
    await page.getByRole('combobox', { name: 'Období' }).click();
    await page.getByRole('option', { name: 'Od otevření' }).click();
    await expectStat('Klienti z třetích zemí', '476');
  });

  it('exports the report of the period as Excel and PDF files', async () => {
    await typeDate('Od', '1. 5. 2010');
    await typeDate('Do', '31. 12. 2010');
    await expectStat('Klienti z třetích zemí', '476');
    const exports = page.getByRole('group', { name: 'Export přehledu' });

    const xlsx = await download(exports.getByRole('button', { name: 'Excel (XLSX)' }));
    expect(xlsx.name).toMatch(/^prehled-2010-05-01-2010-12-31.*\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx.path);
    const rows = workbook.worksheets.flatMap((sheet) =>
      sheet.getSheetValues().map((row) => (Array.isArray(row) ? row.slice(1) : [])),
    );
    expect(rows).toContainEqual(expect.arrayContaining([476]));
    expect(rows).toContainEqual(expect.arrayContaining([2934]));
    expect(rows).toContainEqual(expect.arrayContaining(['Vietnam', 206]));

    const pdf = await download(exports.getByRole('button', { name: 'PDF' }));
    expect(pdf.name).toMatch(/\.pdf$/);
    const text = execFileSync('pdftotext', ['-layout', pdf.path, '-'], { encoding: 'utf8' });
    expect(text).toContain('476');
    expect(text).toContain('Vietnam');
  });
});

/** Clicks a button that downloads a file and saves the file where the test can read it. */
async function download(button: Locator): Promise<{ name: string; path: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = join(temp.dir, file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path };
}
