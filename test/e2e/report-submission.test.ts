import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../db/api.ts';
import { demoHq } from '../../db/demo/demo-site.ts';
import { fillRelease2010 } from '../../db/demo/release-2010.ts';
import { openStore } from '../../db/open-app.ts';
import { startWebHost, type WebHost } from '../../scripts/web-host.ts';
import { makeTempDir } from '../helpers/temp-database.ts';
import { launchTestBrowser, type TestBrowser } from './helpers/browser.ts';
import { shootWholePage } from './helpers/screenshots.ts';

const screenshotDir = join(import.meta.dirname, '..', '..', 'test-output', 'e2e');
const shot = (name: string) =>
  shootWholePage(page, join(screenshotDir, `report-submission-${name}.png`));

let temp: ReturnType<typeof makeTempDir>;
let file: string;
let host: WebHost;
let browser: TestBrowser;
let page: Page;

beforeAll(async () => {
  temp = makeTempDir();
  await mkdir(screenshotDir, { recursive: true });
  file = join(temp.dir, 'release-2010.sqlite');
  const store = await openStore({ file, mode: 'create' });
  fillRelease2010(store);
  store.sqlite.close();
  host = await startWebHost({ dbPath: file });
  browser = await launchTestBrowser();
  page = await browser.context.newPage();
  await page.goto(host.url);
  await page.getByRole('heading', { level: 1, name: demoHq.name }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
  temp?.cleanup();
});

async function openReport2010() {
  await page.getByRole('link', { name: 'Přehledy' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Přehledy' }).waitFor();
  for (const [name, text] of [
    ['Od', '1. 5. 2010'],
    ['Do', '31. 12. 2010'],
  ] as const) {
    const field = page.getByRole('textbox', { name, exact: true });
    await field.fill(text);
    await field.press('Escape');
  }
  await page.getByTestId('report-period').getByText('1. 5. 2010 – 31. 12. 2010').waitFor();
}

/** A late act recorded by another office: written to the same file by a second connection. */
async function recordLateAct(): Promise<string> {
  const store = await openStore({ file, mode: 'open' });
  try {
    const { id, family_name } = store.sqlite
      .prepare("SELECT id, family_name FROM clients WHERE nationality = 'MN' ORDER BY id LIMIT 1")
      .get() as { id: string; family_name: string };
    const result = await createApi(store).invoke(
      'acts.record',
      { clientId: id, type: 'social_legal_counselling', date: '2010-06-15', town: 'Turnov' },
      'cs',
    );
    expect(result.ok).toBe(true);
    return family_name;
  } finally {
    store.sqlite.close();
  }
}

describe('submitting a period and seeing later changes', () => {
  it('marks the 2010 report as submitted, with a note', async () => {
    await openReport2010();
    const panel = page.getByTestId('report-submission');
    await panel.getByText('Toto období zatím nebylo odevzdáno.').waitFor();
    await panel.getByRole('button', { name: 'Označit jako odevzdané' }).click();
    const dialog = page.getByRole('dialog', { name: 'Odevzdat přehled za období' });
    await dialog.getByRole('textbox', { name: 'Poznámka' }).fill('Tisková zpráva, prosinec 2010');
    await dialog.getByRole('button', { name: 'Odevzdat' }).click();
    await panel.getByText(/^Odevzdáno .*Petra Sovová/).waitFor();
    await panel.getByText('Od odevzdání se v tomto období nic nezměnilo.').waitFor();
    const list = page.getByRole('table', { name: 'Odevzdaná období' });
    await list.getByText('beze změn').waitFor();
  });

  it('shows the submitted and current figures and the late act behind the difference', async () => {
    const familyName = await recordLateAct();
    await page.reload();
    await openReport2010();
    const panel = page.getByTestId('report-submission');
    await panel.getByText('Od odevzdání se změnil 1 úkon').waitFor();
    const differences = panel.getByRole('table', { name: 'Rozdíly proti odevzdaným číslům' });
    const acts = differences.getByRole('row').filter({ hasText: 'Celkem — úkony' });
    expect(
      (await acts.getByRole('cell').allTextContents()).map((text) => text.replace(/\s/g, ' ')),
    ).toEqual(['Celkem — úkony', '2 934', '2 935', '+1']);
    // The client already counted, so the number of clients did not move.
    expect(await differences.getByRole('row').filter({ hasText: 'Celkem — klienti' }).count()).toBe(
      0,
    );
    const behind = panel.getByRole('table', { name: 'Úkony za rozdílem' });
    const row = behind.getByRole('row').filter({ hasText: 'přibyl' });
    await row.getByRole('link', { name: new RegExp(familyName) }).waitFor();
    expect(await row.textContent()).toContain('Turnov');
    await page.getByRole('table', { name: 'Odevzdaná období' }).getByText('1 úkon').waitFor();
    await shot('changed');
  });
});
