import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../db/api.ts';
import { openStore } from '../../db/open-app.ts';
import { makeTempDir } from '../helpers/temp-database.ts';
import { openBrowserSession, type BrowserSession } from './helpers/browser-session.ts';
import { shootWholePage } from './helpers/screenshots.ts';

const screenshotDir = join(import.meta.dirname, '..', '..', 'test-output', 'e2e');

let temp: ReturnType<typeof makeTempDir>;
let page: Page;
let session: BrowserSession;

beforeAll(async () => {
  temp = makeTempDir();
  const file = join(temp.dir, 'client-filters.sqlite');
  const store = await openStore({ file, mode: 'create' });
  const api = createApi(store);
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const result = await api.invoke(method, input, 'cs');
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as T;
  };
  await call('site.create', {
    name: 'Centrum Liberec',
    town: 'Liberec',
    isHq: true,
    adminName: 'Petra Sovová',
  });
  // Consent still to be collected.
  await call('clients.create', {
    familyName: 'Batbayar',
    givenNames: 'Oyunbileg',
    nationality: 'MN',
    isConsentPending: true,
  });
  // Consent given, and served in November 2026.
  const served = await call<{ id: string }>('clients.create', {
    familyName: 'Kovalenko',
    givenNames: 'Olena',
    nationality: 'UA',
    consentDate: '2026-10-05',
  });
  await call('acts.record', { clientId: served.id, type: 'internet', date: '2026-11-10' });
  // Consent given, never served.
  await call('clients.create', {
    familyName: 'Nguyễn',
    givenNames: 'Thị Mai',
    nationality: 'VN',
    consentDate: '2026-10-05',
  });
  store.sqlite.close();
  session = await openBrowserSession(file);
  ({ page } = session);
});

afterAll(async () => {
  await session?.close();
  temp?.cleanup();
});

describe('the client register filters', () => {
  it('lists all three clients without filters', async () => {
    await openClientList();
    await expectRows(['Batbayar Oyunbileg', 'Kovalenko Olena', 'Nguyễn Thị Mai']);
  });

  it('narrows to the client served between 1. 11. and 30. 11. 2026', async () => {
    const period = page.getByRole('group', { name: 'Obslouženi v období' });
    const from = period.getByRole('textbox', { name: 'Obslouženi od' });
    await from.fill('1. 11. 2026');
    await from.press('Escape');
    const to = period.getByRole('textbox', { name: 'Obslouženi do' });
    await to.fill('30. 11. 2026');
    await to.press('Escape');
    await expectRows(['Kovalenko Olena']);
    await shootWholePage(page, join(screenshotDir, 'clients-filters.png'));

    // Both ends belong to the store like the other filters: "Zrušit filtry" empties them.
    await page.getByRole('button', { name: 'Zrušit filtry' }).click();
    await expectRows(['Batbayar Oyunbileg', 'Kovalenko Olena', 'Nguyễn Thị Mai']);
    expect(await from.inputValue()).toBe('');
    expect(await to.inputValue()).toBe('');
  });

  it('says so when the period ends before it starts', async () => {
    const period = page.getByRole('group', { name: 'Obslouženi v období' });
    const from = period.getByRole('textbox', { name: 'Obslouženi od' });
    await from.fill('30. 11. 2026');
    await from.press('Escape');
    const to = period.getByRole('textbox', { name: 'Obslouženi do' });
    await to.fill('1. 11. 2026');
    await to.press('Escape');
    await period.getByText('Konec období je před jeho začátkem.').waitFor();
    expect(await to.getAttribute('aria-invalid')).toBe('true');
    await page.getByText('Evidenci neodpovídá žádný klient.').waitFor();
    await page.getByRole('button', { name: 'Zrušit filtry' }).click();
    await expectRows(['Batbayar Oyunbileg', 'Kovalenko Olena', 'Nguyễn Thị Mai']);
  });

  it('narrows to the client whose consent is missing, from the keyboard', async () => {
    const consent = page.getByRole('checkbox', { name: 'Jen bez souhlasu (souhlas chybí)' });
    await consent.focus();
    await page.keyboard.press('Space');
    expect(await consent.isChecked()).toBe(true);
    await expectRows(['Batbayar Oyunbileg']);
    await page.getByRole('button', { name: 'Zrušit filtry' }).click();
    expect(await consent.isChecked()).toBe(false);
    await expectRows(['Batbayar Oyunbileg', 'Kovalenko Olena', 'Nguyễn Thị Mai']);
  });

  it('reminds of the missing consent on the home screen, and the link shows that client', async () => {
    await page
      .getByRole('navigation', { name: 'Hlavní navigace' })
      .getByRole('link', { name: 'Domů' })
      .click();
    const reminder = page.getByRole('link', { name: 'Souhlas chybí u 1 klienta' });
    await reminder.waitFor();
    await shootWholePage(page, join(screenshotDir, 'clients-filters-home.png'));
    await reminder.click();
    await page.getByRole('heading', { level: 1, name: 'Klienti' }).waitFor();
    const consent = page.getByRole('checkbox', { name: 'Jen bez souhlasu (souhlas chybí)' });
    expect(await consent.isChecked()).toBe(true);
    await expectRows(['Batbayar Oyunbileg']);
  });
});

async function openClientList(): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Hlavní navigace' })
    .getByRole('link', { name: 'Klienti' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Klienti' }).waitFor();
}

/** The names in the register's rows, once the list has settled on exactly these. */
async function expectRows(names: string[]): Promise<void> {
  const table: Locator = page.getByRole('table', { name: 'Evidence klientů' });
  const rowNames = async () => {
    const texts = await table.locator('[role="row"][data-index]').allInnerTexts();
    return texts.map((text) => text.split('\n')[0]!.trim());
  };
  await expect.poll(rowNames, { timeout: 10_000 }).toEqual(names);
}
