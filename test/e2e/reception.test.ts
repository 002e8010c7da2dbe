import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../db/contract/clients.ts';
import { todayIso } from '../../db/contract/dates.ts';
import type { DayOverview } from '../../db/contract/services.ts';
import { openStore } from '../../db/open-app.ts';
import type { WebHost } from '../../scripts/web-host.ts';
import { makeTempDir } from '../helpers/temp-database.ts';
import { openBrowserSession, type BrowserSession } from './helpers/browser-session.ts';
import { hqSite, seedingInvoke } from './helpers/seed-api.ts';

const screenshotDir = join(import.meta.dirname, '..', '..', 'test-output', 'e2e');

let temp: ReturnType<typeof makeTempDir>;
let host: WebHost;
let page: Page;
let session: BrowserSession;
const people: { sarnai?: Client; olena?: Client } = {};

beforeAll(async () => {
  temp = makeTempDir();
  const file = join(temp.dir, 'reception.sqlite');
  const store = await openStore({ file, mode: 'create' });
  const invoke = seedingInvoke(store);
  await invoke('site.create', hqSite);
  people.sarnai = (await invoke('clients.create', {
    familyName: 'Batbayar',
    givenNames: 'Sarnai',
    nationality: 'MN',
    birthDate: '1994-03-08',
    consentDate: todayIso(),
  })) as Client;
  people.olena = (await invoke('clients.create', {
    familyName: 'Kovalenko',
    givenNames: 'Olena',
    nationality: 'UA',
    birthDate: '1987-10-21',
    consentDate: todayIso(),
  })) as Client;
  store.sqlite.close();
  session = await openBrowserSession(file, { heading: 'Centrum Liberec' });
  ({ host, page } = session);
});

afterAll(async () => {
  await session?.close();
  temp?.cleanup();
});

describe('the reception desk in the browser', () => {
  it('opens with Alt+R from the home screen, the name search focused', async () => {
    await page.keyboard.press('Alt+R');
    await page.getByRole('heading', { level: 1, name: 'Recepce' }).waitFor();
    await expectFocused(searchBox());
    await page.getByText('Dnes zatím nebyl zapsán žádný úkon.').waitFor();
    await screenshot('reception-empty');
  });

  it('records an internet visit for Batbayar with "batb", Enter and I', async () => {
    await searchBox().pressSequentially('batb');
    await page.getByRole('option', { name: /Batbayar Sarnai/ }).waitFor();
    await page.keyboard.press('Enter');
    const choices = page.getByRole('region', { name: 'Batbayar Sarnai' });
    await choices.waitFor();
    await expectFocused(choices.getByRole('button', { name: /^Internet/ }));
    await screenshot('reception-choices');

    await page.keyboard.press('i');
    await page.getByText('Internet – Batbayar Sarnai').waitFor();
    await expectFocused(searchBox());
    await expect.poll(() => tallyRow('Internet')).toEqual(['1', '0', '1']);
    await todaysActs()
      .getByRole('row', { name: /Batbayar Sarnai.*Internet.*Liberec/ })
      .waitFor();
  });

  it('records 45 minutes of counselling for Kovalenko, the note marked confidential', async () => {
    await searchBox().pressSequentially('kovalenko');
    await page.getByRole('option', { name: /Kovalenko Olena/ }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'Kovalenko Olena' }).waitFor();
    await page.keyboard.press('p');
    const dialog = page.getByRole('dialog', {
      name: 'Sociálně právní poradenství – Kovalenko Olena',
    });
    await dialog.waitFor();
    const minutes = dialog.getByRole('textbox', { name: 'Délka (minuty)' });
    await expectFocused(minutes);
    await page.keyboard.type('45');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Prodloužení pobytu');
    await dialog.getByText('důvěrné', { exact: true }).waitFor();
    await screenshot('reception-counselling');
    await page.keyboard.press('Control+Enter');

    await page.getByText('Sociálně právní poradenství – Kovalenko Olena').first().waitFor();
    await dialog.waitFor({ state: 'hidden' });
    await expectFocused(searchBox());
    await expect.poll(() => tallyRow('Sociálně právní poradenství')).toEqual(['1', '0', '1']);
  });

  it('counts one anonymous internet visit, a press too many taken back from its notification', async () => {
    const plusOne = page.getByRole('button', { name: '+1 anonymní internet' });
    await plusOne.click();
    await page.getByText('Dnes anonymně celkem 1', { exact: false }).waitFor();
    await plusOne.click();
    const second = 'Započtena anonymní návštěva: Internet. Dnes anonymně celkem 2.';
    await page.getByText(second).waitFor();
    await expect.poll(() => tallyRow('Internet')).toEqual(['1', '2', '3']);
    // The confirmations, each with its undo, are part of what this shot shows.
    await screenshot('reception-tally', { withToasts: true });
    await page.getByRole('button', { name: `Vrátit zpět: ${second}` }).click();
    await page.getByText(`Vráceno zpět: ${second}`).waitFor();
    await expect.poll(() => tallyRow('Internet')).toEqual(['1', '1', '2']);
  });

  it('shows the internet act on Batbayar’s page', async () => {
    await todaysActs().getByRole('link', { name: 'Batbayar Sarnai' }).click();
    await page.getByRole('heading', { level: 1, name: 'Batbayar Sarnai' }).waitFor();
    const timeline = page.getByRole('table', { name: 'Služby' });
    await timeline.getByRole('row', { name: /Internet.*Liberec/ }).waitFor();
    expect(await timeline.getByRole('row').count()).toBe(2);
    await screenshot('services-client-timeline');
  });

  it('has exactly those acts and walk-ins in acts.day', async () => {
    const day = await dayOverview();
    expect(day.actsByType).toEqual([
      { type: 'internet', count: 1 },
      { type: 'social_legal_counselling', count: 1 },
    ]);
    expect(day.anonymousByType).toEqual([{ type: 'internet', count: 1 }]);
    expect(day.acts.map((act) => [act.clientName, act.type, act.town])).toEqual([
      ['Kovalenko Olena', 'social_legal_counselling', 'Liberec'],
      ['Batbayar Sarnai', 'internet', 'Liberec'],
    ]);
  });

  it('records a library visit without a loan with K, and takes it back from the notification', async () => {
    await page.goto(`http://127.0.0.1:${host.port}/#/reception`);
    await searchBox().pressSequentially('kovalenko');
    await page.getByRole('option', { name: /Kovalenko Olena/ }).waitFor();
    await page.keyboard.press('Enter');
    const choices = page.getByRole('region', { name: 'Kovalenko Olena' });
    await choices.getByRole('button', { name: /^Knihovna.*bez výpůjčky/ }).waitFor();
    await page.keyboard.press('k');
    await page.getByText('Knihovna – Kovalenko Olena').waitFor();
    await expectFocused(searchBox());
    await expect.poll(() => tallyRow('Knihovna')).toEqual(['1', '0', '1']);
    expect((await dayOverview()).actsByType).toContainEqual({ type: 'library', count: 1 });
    await screenshot('reception-library-undo', { withToasts: true });
    await page.getByRole('button', { name: 'Vrátit zpět: Knihovna – Kovalenko Olena' }).click();
    await page.getByText('Vráceno zpět: Knihovna – Kovalenko Olena').waitFor();
    await expect.poll(() => tallyRow('Knihovna')).toEqual(['0', '0', '0']);
    expect((await dayOverview()).acts).toHaveLength(2);
  });

  it('hands Kovalenko over to the library with V for a loan, recording nothing itself', async () => {
    await searchBox().pressSequentially('kovalenko');
    await page.getByRole('option', { name: /Kovalenko Olena/ }).waitFor();
    await page.keyboard.press('Enter');
    const choices = page.getByRole('region', { name: 'Kovalenko Olena' });
    // A loan names a book, so the library's own screen records it.
    await choices.getByRole('button', { name: /^Výpůjčka/ }).waitFor();
    await page.keyboard.press('v');
    await expect.poll(() => new URL(page.url()).hash).toBe(`#/library?client=${people.olena!.id}`);
    expect((await dayOverview()).acts).toHaveLength(2);
    await page.goto(`http://127.0.0.1:${host.port}/#/clients/${people.sarnai!.id}`);
    await page.getByRole('heading', { level: 1, name: 'Batbayar Sarnai' }).waitFor();
  });

  it('records, corrects and deletes an act from the client’s page', async () => {
    await page.getByRole('button', { name: 'Zapsat službu' }).click();
    const dialog = page.getByRole('dialog', { name: 'Zapsat službu – Batbayar Sarnai' });
    await dialog.waitFor();
    // Courses are never offered (they come from attendance); a library visit without a loan is.
    const type = dialog.getByRole('combobox', { name: 'Služba' });
    await expectFocused(type);
    await page.getByRole('option', { name: 'Tlumočení' }).waitFor();
    expect(await page.getByRole('option', { name: 'Knihovna' }).count()).toBe(1);
    expect(await page.getByRole('option', { name: 'Kurz češtiny' }).count()).toBe(0);
    await page.getByRole('option', { name: 'Tlumočení' }).click();
    await dialog.getByRole('textbox', { name: 'Délka (minuty)' }).fill('30');
    await dialog.getByRole('textbox', { name: /Poznámka/ }).fill('Na úřadu práce');
    await screenshot('services-record-dialog');
    await dialog.getByRole('button', { name: 'Zapsat' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const timeline = page.getByRole('table', { name: 'Služby' });
    const interpreting = timeline.getByRole('row', { name: /Tlumočení/ });
    await interpreting.getByText('Na úřadu práce').waitFor();
    await interpreting.getByRole('button', { name: /^Upravit Tlumočení/ }).click();
    const edit = page.getByRole('dialog', { name: 'Upravit úkon: Tlumočení' });
    await edit.getByRole('textbox', { name: /Poznámka/ }).fill('Na úřadu práce, příspěvek');
    await edit.getByRole('button', { name: 'Uložit změny' }).click();
    await interpreting.getByText('Na úřadu práce, příspěvek').waitFor();

    await interpreting.getByRole('button', { name: /^Smazat Tlumočení/ }).click();
    const confirm = page.getByRole('dialog', { name: 'Smazat úkon?' });
    await confirm.getByRole('button', { name: 'Smazat' }).click();
    await interpreting.waitFor({ state: 'detached' });
    expect(await timeline.getByRole('row').count()).toBe(2);
    expect((await dayOverview()).actsByType).toEqual([
      { type: 'internet', count: 1 },
      { type: 'social_legal_counselling', count: 1 },
    ]);
  });

  it('shows the day and lets the catalogue grow on the Služby page', async () => {
    await page
      .getByRole('navigation', { name: 'Hlavní navigace' })
      .getByRole('link', { name: 'Služby' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Služby' }).waitFor();
    const counts = page.getByRole('table', { name: 'Počty služeb – dnes' });
    await counts.getByRole('row', { name: /^Internet/ }).waitFor();
    await page.getByRole('link', { name: /Otevřít recepci/ }).waitFor();

    const form = page.getByRole('region', { name: 'Nová služba' });
    await form.getByRole('textbox', { name: 'Název česky' }).fill('Doprovod na úřad');
    // The code follows the Czech name; the missing English name is refused next to its field.
    expect(await form.getByRole('textbox', { name: 'Kód' }).inputValue()).toBe('doprovod_na_urad');
    await form.getByRole('button', { name: 'Přidat službu' }).click();
    await form.getByText('povinný údaj').waitFor();
    await screenshot('services-catalogue-error');
    await form.getByRole('textbox', { name: 'Název anglicky' }).fill('Escort to an office');
    await form.getByRole('button', { name: 'Přidat službu' }).click();
    const catalogue = page.getByRole('table', { name: 'Katalog služeb' });
    const row = catalogue.getByRole('row', { name: /Doprovod na úřad/ });
    await row.getByText('vlastní').waitFor();
    await row.getByRole('button', { name: 'Archivovat Doprovod na úřad' }).click();
    await row.getByText('archivovaná').waitFor();
    await screenshot('services-page');
  });

  it('shows today on the home screen', async () => {
    await page
      .getByRole('navigation', { name: 'Hlavní navigace' })
      .getByRole('link', { name: 'Domů' })
      .click();
    const today = page.getByRole('region', { name: 'Služby' });
    await today.getByText('Neregistrovaní návštěvníci: 1').waitFor();
    await today.getByRole('link', { name: 'Na recepci' }).waitFor();
    await screenshot('services-home-today');
  });

  it('speaks English at the desk too', async () => {
    await page.getByRole('radiogroup', { name: 'Jazyk' }).getByText('English').click();
    await page.keyboard.press('Alt+R');
    await page.getByRole('heading', { level: 1, name: 'Reception' }).waitFor();
    const search = page.getByRole('combobox', { name: 'Client' });
    await expectFocused(search);
    await search.pressSequentially('batb');
    await page.getByRole('option', { name: /Batbayar Sarnai/ }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /^Counselling/ }).waitFor();
    await page.getByRole('table', { name: 'Today’s services by type' }).waitFor();
    // A digit starts the computer number (Enter there would record internet on that computer).
    await page.keyboard.press('3');
    const computer = page.getByRole('textbox', { name: 'Computer number (optional)' });
    await expectFocused(computer);
    expect(await computer.inputValue()).toBe('3');
    await screenshot('reception-en');
    // Esc goes back to the search, recording nothing.
    await page.keyboard.press('Escape');
    await expectFocused(search);
    expect((await dayOverview()).acts).toHaveLength(2);
  });
});

function searchBox(): Locator {
  return page.getByRole('combobox', { name: 'Klient' });
}

function todaysActs(): Locator {
  return page.getByRole('table', { name: 'Dnešní úkony' });
}

/** The clients, anonymous and total cells of one service in the reception's tally. */
async function tallyRow(service: string): Promise<string[]> {
  const row = page
    .getByRole('table', { name: 'Dnešní počty služeb' })
    .getByRole('row', { name: new RegExp(`^${service}`) });
  return row.getByRole('cell').allInnerTexts();
}

async function expectFocused(locator: Locator): Promise<void> {
  await expect
    .poll(() => locator.evaluate((element) => element === element.ownerDocument.activeElement))
    .toBe(true);
}

async function dayOverview(): Promise<DayOverview> {
  const response = await fetch(`http://127.0.0.1:${host.port}/api/acts.day`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Pristav-Token': host.token },
    body: JSON.stringify({}),
  });
  const body = (await response.json()) as { ok: boolean; value: DayOverview };
  expect(body.ok).toBe(true);
  return body.value;
}

/** The whole page at once: a viewport as tall as the page, so no fixed header lands mid-shot. */
async function screenshot(name: string, options: { withToasts?: boolean } = {}): Promise<void> {
  const viewport = page.viewportSize()!;
  const height = await page.locator('html').evaluate((element) => element.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.max(height, viewport.height) });
  // Toasts that happen to be open would otherwise cover what the shot is meant to show.
  const noToasts = options.withToasts
    ? null
    : await page.addStyleTag({ content: '.mantine-Notifications-root { display: none; }' });
  // A toast still sliding in would be caught half-way.
  if (options.withToasts) await page.waitForTimeout(500);
  await page.screenshot({ path: join(screenshotDir, `${name}.png`) });
  await noToasts?.evaluate((element) => element.remove());
  await page.setViewportSize(viewport);
}
