import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../db/contract/dates.ts';
import type { WebHost } from '../../scripts/web-host.ts';
import { makeTempDir } from '../helpers/temp-database.ts';
import {
  createHqSite,
  openBrowserSession,
  type BrowserSession,
} from './helpers/browser-session.ts';

const screenshotDir = join(import.meta.dirname, '..', '..', 'test-output', 'e2e');

let temp: ReturnType<typeof makeTempDir>;
let host: WebHost;
let page: Page;
let session: BrowserSession;
/** Ids of the two records of one person, as the detail pages show them. */
const ids: { first?: string; second?: string } = {};

beforeAll(async () => {
  temp = makeTempDir();
  const file = join(temp.dir, 'clients.sqlite');
  await createHqSite(file);
  session = await openBrowserSession(file);
  ({ host, page } = session);
});

afterAll(async () => {
  await session?.close();
  temp?.cleanup();
});

describe('the client register in the browser', () => {
  it('registers Nguyễn Văn An from the form that Alt+N opens', async () => {
    // An empty register has no search yet: it invites to register the first client.
    await page
      .getByRole('navigation', { name: 'Hlavní navigace' })
      .getByRole('link', { name: 'Klienti' })
      .click();
    await page.getByRole('heading', { name: 'Evidence je zatím prázdná' }).waitFor();
    await page.keyboard.press('Alt+N');
    await page.getByRole('heading', { level: 1, name: 'Nový klient' }).waitFor();
    await fillPerson({ familyName: 'Nguyễn', givenNames: 'Văn An', birthDate: '1990-05-12' });
    await page.getByRole('button', { name: 'Zaregistrovat klienta' }).click();

    await page.getByRole('heading', { level: 1, name: 'Nguyễn Văn An' }).waitFor();
    ids.first = clientIdInUrl();
    const essentials = page.locator('dl');
    await essentials.getByText('Vietnam').waitFor();
    await essentials.getByText('12. 5. 1990').waitFor();
    await page.getByText('Zatím žádné služby').waitFor();
  });

  it('finds him by typing "nguyen van" in the list search, and Enter opens him', async () => {
    const search = await openClientList();
    await search.pressSequentially('nguyen van');
    const hit = page.getByRole('option', { name: /Nguyễn Văn An/ });
    await hit.waitFor();
    expect(await hit.getAttribute('aria-selected')).toBe('true');
    await screenshot('list');
    await search.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Nguyễn Văn An' }).waitFor();
  });

  it('refuses an empty family name with the Czech message next to Příjmení, saving nothing', async () => {
    await openClientList();
    await page.getByRole('link', { name: /Nový klient/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Nový klient' }).waitFor();
    // Submitted from the keyboard: Enter in the first field.
    const familyName = page.getByRole('textbox', { name: 'Příjmení', exact: true });
    await familyName.press('Enter');

    await expectFieldError(familyName, 'povinný údaj');
    expect(await familyName.getAttribute('aria-invalid')).toBe('true');
    // The first wrong field on screen takes the focus.
    await expect.poll(() => familyName.evaluate((element) => element.matches(':focus'))).toBe(true);
    expect(new URL(page.url()).hash).toBe('#/clients/new');
    const register = await apiCall('clients.list', {});
    expect(register).toMatchObject({ ok: true, value: { total: 1 } });
  });

  it('warns of a likely duplicate while "Nguyen Van An" is typed, and saves him when told to', async () => {
    // The same day typed the Czech way.
    await fillPerson({ familyName: 'Nguyen', givenNames: 'Van An', birthDate: '12. 5. 1990' });
    const warning = page.getByRole('status').filter({ hasText: 'Možná duplicita' });
    await warning.waitFor();
    await warning.getByRole('link', { name: 'Nguyễn Văn An' }).waitFor();
    await warning.getByText('stejné datum narození').waitFor();
    await screenshot('form-duplicate');

    await page.getByRole('button', { name: 'Zaregistrovat klienta' }).click();
    // Saving a likely duplicate asks first, naming the record already there.
    const question = page.getByRole('dialog', { name: 'Přesto uložit?' });
    await question.getByRole('link', { name: 'Nguyễn Văn An' }).waitFor();
    await question.getByRole('button', { name: 'Přesto uložit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nguyen Van An' }).waitFor();
    ids.second = clientIdInUrl();
    expect(ids.second).not.toBe(ids.first);
  });

  it('merges the two records into the one with diacritics', async () => {
    await page.getByRole('button', { name: 'Sloučit s…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sloučit záznamy jednoho člověka' });
    await dialog.getByRole('textbox', { name: 'Najděte druhý záznam' }).fill('nguyen');
    await dialog.getByRole('button', { name: /Nguyễn Văn An/ }).click();
    await dialog.getByText('Ponechat Nguyễn Văn An').click();
    await screenshot('merge-dialog');
    await dialog.getByRole('button', { name: 'Sloučit', exact: true }).click();

    await page.getByRole('heading', { level: 1, name: 'Nguyễn Văn An' }).waitFor();
    expect(clientIdInUrl()).toBe(ids.first);
    const merged = page.getByRole('region', { name: 'Sloučené záznamy' });
    await merged.getByText('Nguyen Van An').waitFor();
    await merged.getByRole('button', { name: 'Oddělit Nguyen Van An' }).waitFor();
    await page.getByRole('region', { name: 'Historie změn' }).waitFor();
    await screenshot('detail-merged');
  });

  it('opens the merged-away record as the survivor, with a notice', async () => {
    await page.goto(`http://127.0.0.1:${host.port}/#/clients/${ids.second}`);
    await page.getByRole('heading', { level: 1, name: 'Nguyễn Văn An' }).waitFor();
    await page
      .getByText('Hledaný záznam byl sloučen do tohoto záznamu.', { exact: false })
      .waitFor();
  });

  it('then finds one record for "nguyen"', async () => {
    const search = await openClientList();
    await search.fill('nguyen');
    await page.getByRole('option', { name: /Nguyễn Văn An/ }).waitFor();
    await page.getByText('Nalezen 1 klient').waitFor();
    expect(await page.getByRole('option').count()).toBe(1);
  });
});

/** Opens the list from the menu; the search box must have the focus on arrival. */
async function openClientList(): Promise<Locator> {
  await page
    .getByRole('navigation', { name: 'Hlavní navigace' })
    .getByRole('link', { name: 'Klienti' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Klienti' }).waitFor();
  const search = page.getByRole('combobox', { name: 'Hledat klienta' });
  await expect.poll(() => search.evaluate((element) => element.matches(':focus'))).toBe(true);
  return search;
}

async function fillPerson(person: {
  familyName: string;
  givenNames: string;
  birthDate: string;
}): Promise<void> {
  await page.getByRole('textbox', { name: 'Příjmení', exact: true }).fill(person.familyName);
  await page.getByRole('textbox', { name: 'Jméno', exact: true }).fill(person.givenNames);
  await page.getByRole('textbox', { name: 'Datum narození' }).fill(person.birthDate);
  const nationality = page.getByRole('combobox', { name: 'Státní příslušnost' });
  await nationality.fill('vietnam');
  await page.getByRole('option', { name: 'Vietnam' }).click();
  const consentDate = page.getByRole('textbox', { name: 'Datum souhlasu' });
  await consentDate.fill(czechDate(todayIso()));
  await consentDate.press('Escape');
}

/** "2026-11-24" as a Czech worker types it: "24. 11. 2026". */
function czechDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day}. ${month}. ${year}`;
}

/** The whole page at once: a viewport as tall as the page, so no fixed header lands mid-shot. */
async function screenshot(name: string): Promise<void> {
  const viewport = page.viewportSize()!;
  const height = await page.locator('html').evaluate((element) => element.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.max(height, viewport.height) });
  // Toasts that happen to be open would cover what the shot is meant to show.
  const noToasts = await page.addStyleTag({
    content: '.mantine-Notifications-root { display: none; }',
  });
  await page.screenshot({ path: join(screenshotDir, `clients-${name}.png`) });
  await noToasts.evaluate((element) => element.remove());
  await page.setViewportSize(viewport);
}

function clientIdInUrl(): string {
  const match = /#\/clients\/([^/?]+)$/.exec(page.url());
  if (!match?.[1]) throw new Error(`not on a client's page: ${page.url()}`);
  return match[1];
}

/** The API as the page calls it, to check what was (not) saved. */
async function apiCall(method: string, input: unknown): Promise<unknown> {
  const response = await fetch(`http://127.0.0.1:${host.port}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Pristav-Token': host.token },
    body: JSON.stringify(input),
  });
  return response.json();
}

/** The message must be the field's own accessible description, not just somewhere on the page. */
async function expectFieldError(input: Locator, text: string): Promise<void> {
  await page.getByText(text).first().waitFor();
  const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
  const descriptions = await Promise.all(
    describedBy
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => page.locator(`[id="${id}"]`).innerText()),
  );
  expect(descriptions).toContain(text);
}
