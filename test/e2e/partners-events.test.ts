import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../db/api.ts';
import type { ClientSummary } from '../../db/contract/clients.ts';
import { demoHq } from '../../db/demo/demo-site.ts';
import { fillRelease2010 } from '../../db/demo/release-2010.ts';
import { openStore } from '../../db/open-app.ts';
import type { WebHost } from '../../scripts/web-host.ts';
import { makeTempDir } from '../helpers/temp-database.ts';
import { expectAccessible } from './helpers/axe.ts';
import { openBrowserSession, type BrowserSession } from './helpers/browser-session.ts';
import { shootWholePage } from './helpers/screenshots.ts';

/**
 * Issue 13 points 16–17 in Chromium at 1366 × 768, on the 2010 demo centre: the Partneři screen
 * (list, add, edit, archive), a referral recorded in the act form and shown in the client's
 * timeline, and the Akce screen (an event with partners and registered clients, a refusal, the
 * attendance in the timeline, deletion), in Czech and in English.
 */

const screenshotDir = join(import.meta.dirname, '..', '..', 'test-output', 'e2e');
const shot = (name: string) => shootWholePage(page, join(screenshotDir, `partners-${name}.png`));

let temp: ReturnType<typeof makeTempDir>;
let host: WebHost;
let page: Page;
let session: BrowserSession;
let client: ClientSummary;

beforeAll(async () => {
  temp = makeTempDir();
  const file = join(temp.dir, 'release-2010.sqlite');
  const store = await openStore({ file, mode: 'create' });
  fillRelease2010(store);
  // One client of the demo to refer and to bring to an event.
  const found = await createApi(store).invoke('clients.search', { text: 'a' }, 'cs');
  if (!found.ok) throw new Error(found.error.message);
  client = (found.value as ClientSummary[])[0]!;
  store.sqlite.close();
  session = await openBrowserSession(file, {
    viewport: { width: 1366, height: 768 },
    heading: demoHq.name,
  });
  ({ host, page } = session);
});

afterAll(async () => {
  await session?.close();
  temp?.cleanup();
});

const nav = () => page.getByRole('navigation', { name: 'Hlavní navigace' });

async function typeDate(scope: ReturnType<Page['getByRole']>, name: string, text: string) {
  const field = scope.getByRole('textbox', { name, exact: true });
  await field.fill(text);
  await field.press('Tab');
}

describe('the Partneři screen', () => {
  it('starts empty and adds the labour office, refusing a form without a name', async () => {
    await nav().getByRole('link', { name: 'Partneři' }).click();
    await page.getByRole('heading', { level: 1, name: 'Partnerské organizace' }).waitFor();
    await page.getByText('Zatím tu není žádná partnerská organizace.').waitFor();
    await page.getByRole('button', { name: 'Přidat organizaci' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nová partnerská organizace' });
    await dialog.getByRole('button', { name: 'Přidat organizaci' }).click();
    await dialog.getByText('povinný údaj').waitFor();
    await dialog
      .getByRole('textbox', { name: 'Název organizace' })
      .fill('Úřad práce ČR – kontaktní pracoviště Liberec');
    await dialog.getByRole('textbox', { name: 'Obec' }).fill('Liberec');
    await dialog.getByRole('textbox', { name: 'Kontakt' }).fill('pí Horáková, 950 101 111');
    await expectAccessible(page, 'partner dialog', '[role="dialog"]');
    await dialog.getByRole('button', { name: 'Přidat organizaci' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const table = page.getByRole('table', { name: 'Partnerské organizace' });
    await table
      .getByRole('row', { name: /Úřad práce ČR – kontaktní pracoviště Liberec/ })
      .waitFor();
  });

  it('adds OAMP and the health insurer, archives one and shows it only when asked', async () => {
    for (const [name, kind] of [
      ['OAMP – pracoviště Liberec', 'OAMP (Odbor azylové a migrační politiky MV)'],
      ['VZP – pobočka Liberec', 'VZP (Všeobecná zdravotní pojišťovna)'],
    ] as const) {
      await page.getByRole('button', { name: 'Přidat organizaci' }).click();
      const dialog = page.getByRole('dialog', { name: 'Nová partnerská organizace' });
      await dialog.getByRole('textbox', { name: 'Název organizace' }).fill(name);
      await dialog.getByRole('combobox', { name: 'Druh organizace' }).click();
      await page.getByRole('option', { name: kind }).click();
      await dialog.getByRole('button', { name: 'Přidat organizaci' }).click();
      await dialog.waitFor({ state: 'hidden' });
    }
    const table = page.getByRole('table', { name: 'Partnerské organizace' });
    await expect.poll(() => table.locator('tbody tr').count()).toBe(3);
    await shot('list');
    await expectAccessible(page, 'partners', 'main');

    await table.getByRole('button', { name: 'Upravit VZP – pobočka Liberec' }).click();
    const edit = page.getByRole('dialog', { name: 'Upravit organizaci VZP – pobočka Liberec' });
    await edit.getByRole('checkbox', { name: /Archivovat/ }).check();
    await edit.getByRole('button', { name: 'Uložit změny' }).click();
    await edit.waitFor({ state: 'hidden' });
    await expect.poll(() => table.locator('tbody tr').count()).toBe(2);
    await page.getByRole('checkbox', { name: 'Zobrazit i archivované' }).check();
    await table.getByRole('row', { name: /VZP – pobočka Liberec.*archivovaná/ }).waitFor();
  });
});

describe('a referral in the act form', () => {
  it('records counselling that refers the client to the labour office, shown in the timeline', async () => {
    await page.goto(`http://127.0.0.1:${host.port}/#/clients/${client.id}`);
    await page.getByRole('heading', { level: 1, name: client.displayName }).waitFor();
    await page.getByRole('button', { name: 'Zapsat službu' }).click();
    const dialog = page.getByRole('dialog', { name: `Zapsat službu – ${client.displayName}` });
    await dialog.getByRole('combobox', { name: 'Služba' }).click();
    await page.getByRole('option', { name: 'Tlumočení' }).click();
    await typeDate(dialog, 'Datum', '2. 12. 2010');
    await dialog.getByRole('combobox', { name: 'Odkázání na' }).click();
    // The archived insurer is not offered; the partners come grouped by their kind.
    expect(await page.getByRole('option', { name: 'VZP – pobočka Liberec' }).count()).toBe(0);
    await page
      .getByRole('option', { name: 'Úřad práce ČR – kontaktní pracoviště Liberec' })
      .click();
    await shot('act-referral');
    await dialog.getByRole('button', { name: 'Zapsat' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const timeline = page.getByRole('table', { name: 'Služby' });
    await timeline.getByText('Odkázání na: Úřad práce ČR – kontaktní pracoviště Liberec').waitFor();
    await shot('timeline-referral');
  });
});

describe('the Akce screen', () => {
  it('records a conference with two partners and a registered client', async () => {
    await nav().getByRole('link', { name: 'Akce' }).click();
    await page.getByRole('heading', { level: 1, name: 'Akce' }).waitFor();
    await page.getByText('Zatím tu není žádná akce.').waitFor();
    await page.getByRole('button', { name: 'Nová akce' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nová akce' });
    await dialog
      .getByRole('textbox', { name: 'Téma' })
      .fill('Integrace cizinců v Libereckém kraji');
    await typeDate(dialog, 'Datum', '2. 12. 2010');
    await dialog.getByRole('combobox', { name: 'Druh akce' }).click();
    await page.getByRole('option', { name: 'Konference' }).click();
    await dialog.getByRole('textbox', { name: 'Počet účastníků' }).fill('0');
    await dialog.getByRole('combobox', { name: 'Přítomné partnerské organizace' }).click();
    await page.getByRole('option', { name: 'OAMP – pracoviště Liberec' }).click();
    await page
      .getByRole('option', { name: 'Úřad práce ČR – kontaktní pracoviště Liberec' })
      .click();
    await page.keyboard.press('Escape');
    const picker = dialog.getByRole('combobox', { name: 'Registrovaní klienti, kteří přišli' });
    await picker.pressSequentially(client.displayName.split(' ')[0]!);
    await page
      .getByRole('option', { name: new RegExp(client.displayName) })
      .first()
      .waitFor();
    await page.keyboard.press('Enter');
    const listed = dialog.getByRole('list', { name: 'Zapsaní klienti' });
    await listed.getByText(client.displayName).waitFor();
    // 0 participants cannot hold one registered client: the API says so, nothing is saved.
    await dialog.getByRole('button', { name: 'Zapsat akci' }).click();
    await dialog.getByText(/Počet účastníků \(0\) je menší než počet zapsaných/).waitFor();
    await dialog.getByRole('textbox', { name: 'Počet účastníků' }).fill('120');
    await expectAccessible(page, 'event dialog', '[role="dialog"]');
    await shot('event-dialog');
    await dialog.getByRole('button', { name: 'Zapsat akci' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const table = page.getByRole('table', { name: 'Akce centra' });
    const row = table.getByRole('row', { name: /Integrace cizinců v Libereckém kraji/ });
    await row.waitFor();
    expect(await row.getByRole('cell').allTextContents()).toEqual([
      '2. 12. 2010',
      'Liberec',
      'OAMP – pracoviště Liberec, Úřad práce ČR – kontaktní pracoviště Liberec',
      '120',
      '1',
      'Upravit',
    ]);
    await shot('events');
    await expectAccessible(page, 'events', 'main');
  });

  it('shows the attendance in the client’s timeline', async () => {
    await page.goto(`http://127.0.0.1:${host.port}/#/clients/${client.id}`);
    const timeline = page.getByRole('table', { name: 'Služby' });
    await timeline
      .getByRole('row', { name: /Účast na akci – Integrace cizinců v Libereckém kraji/ })
      .waitFor();
  });

  it('reads in English, and deletes the event with its attendance', async () => {
    await page.getByRole('radiogroup', { name: 'Jazyk' }).getByText('English').click();
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Events' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
    const table = page.getByRole('table', { name: 'The centre’s events' });
    await table.getByText('Conference').waitFor();
    await shot('events-en');
    await table.getByRole('button', { name: 'Edit Integrace cizinců v Libereckém kraji' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Integrace cizinců v Libereckém kraji' });
    await dialog.getByRole('button', { name: 'Delete the event' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete the event?' });
    await confirm.getByText(/with the attendance of 1 clients/).waitFor();
    await confirm.getByRole('button', { name: 'Delete the event' }).click();
    await page.getByText('There is no event yet.').waitFor();

    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Partners' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Partner organisations' }).waitFor();
    await page
      .getByRole('table', { name: 'Partner organisations' })
      .getByText('Labour office')
      .waitFor();
    await shot('list-en');
    await page.getByRole('radiogroup', { name: 'Language' }).getByText('Čeština').click();
  });
});
