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
import { shiftDays } from './helpers/calendar.ts';

/**
 * Issue 13, points 3, 4, 6, 9 and 11 at the desk, in Chromium at 1366 × 768: the empty
 * register, a Cyrillic client found by each romanisation, the duplicate warning beside the
 * names and "Přesto uložit?", dates said as typed, leaving a changed form, Esc in a date
 * picker, the preferred language, every field on the client's page, an act before the first
 * contact, the consent form in Mongolian, counts and columns of the register.
 */
const screenshotDir = join(import.meta.dirname, '..', '..', 'test-output', 'e2e');
const today = todayIso();
const firstContact = shiftDays(today, -30);

let temp: ReturnType<typeof makeTempDir>;
let host: WebHost;
let page: Page;
let session: BrowserSession;
let nataliaId = '';

beforeAll(async () => {
  temp = makeTempDir();
  const file = join(temp.dir, 'desk.sqlite');
  await createHqSite(file);
  session = await openBrowserSession(file, { viewport: { width: 1366, height: 768 } });
  ({ host, page } = session);
});

afterAll(async () => {
  await session?.close();
  temp?.cleanup();
});

describe('the desk: registering and finding clients', () => {
  it('invites to register the first client or to import, on an empty register', async () => {
    await openClientList();
    await page.getByRole('heading', { name: 'Evidence je zatím prázdná' }).waitFor();
    await page.getByRole('link', { name: 'Importovat staré evidence' }).waitFor();
    await screenshot('desk-empty-register');
    await page.getByRole('main').getByRole('link', { name: 'Nový klient' }).last().click();
    await page.getByRole('heading', { level: 1, name: 'Nový klient' }).waitFor();
  });

  it('says what is wrong with a date the way it is typed, not as RRRR-MM-DD', async () => {
    const familyName = page.getByRole('textbox', { name: 'Příjmení', exact: true });
    await familyName.fill('Иванова');
    await page.getByRole('textbox', { name: 'Datum narození' }).fill('31. 2. 1990');
    await page.getByRole('button', { name: 'Zaregistrovat klienta' }).click();
    const message = page.getByText('neplatné datum narození – napište ho např. jako 12. 5. 1990', {
      exact: false,
    });
    await message.waitFor();
    expect(await page.getByText('RRRR').count()).toBe(0);
  });

  it('asks before a changed form is thrown away, by the menu or by Zrušit', async () => {
    await page
      .getByRole('navigation', { name: 'Hlavní navigace' })
      .getByRole('link', { name: 'Recepce' })
      .click();
    const question = page.getByRole('dialog', { name: 'Zahodit neuložené změny?' });
    await question.waitFor();
    await screenshot('desk-leave-question');
    await question.getByRole('button', { name: 'Zůstat ve formuláři' }).click();
    await question.waitFor({ state: 'hidden' });
    expect(new URL(page.url()).hash).toBe('#/clients/new');
    expect(await page.getByRole('textbox', { name: 'Příjmení', exact: true }).inputValue()).toBe(
      'Иванова',
    );
    await page.getByRole('button', { name: 'Zrušit' }).click();
    await question.waitFor();
    await question.getByRole('button', { name: 'Zahodit změny' }).click();
    await page.getByRole('heading', { level: 1, name: 'Klienti' }).waitFor();
  });

  it('registers Наталья Иванова, the preferred language offering her languages first', async () => {
    await page.goto(`http://127.0.0.1:${host.port}/#/clients/new`);
    await page.getByRole('heading', { level: 1, name: 'Nový klient' }).waitFor();
    await page.getByRole('textbox', { name: 'Příjmení', exact: true }).fill('Иванова');
    await page.getByRole('textbox', { name: 'Jméno', exact: true }).fill('Наталья');
    await page.getByRole('textbox', { name: 'Datum narození' }).fill('12. 5. 1990');
    await pick('Pohlaví', 'žena');
    await pick('Státní příslušnost', 'Ukrajina', 'ukraj');
    await page.getByRole('textbox', { name: 'Obec' }).fill('Stráž pod Ralskem');
    const spoken = field('Jazyky');
    for (const language of ['ruština', 'ukrajinština']) {
      await spoken.fill(language.slice(0, 5));
      await page.getByRole('option', { name: language, exact: true }).click();
    }
    await spoken.press('Escape');
    await field('Preferovaný jazyk').click();
    const options = await page.getByRole('listbox').getByRole('option').allInnerTexts();
    expect(options.slice(0, 2).sort()).toEqual(['ruština', 'ukrajinština']);
    await page.getByRole('listbox').getByText('Jazyky, kterými mluví').waitFor();
    await screenshot('desk-preferred-language');
    await page.getByRole('option', { name: 'ukrajinština', exact: true }).click();
    await fillDate('První kontakt', firstContact);
    await fillDate('Datum souhlasu', firstContact);
    // A consent given now is recorded with the text printed now.
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Verze textu souhlasu' }).inputValue())
      .toBe('2026-11');
    await page.getByRole('textbox', { name: 'Poznámka' }).fill('Přišla s dcerou.');
    await page.getByRole('button', { name: 'Zaregistrovat klienta' }).click();
    await page.getByRole('heading', { level: 1, name: 'Иванова Наталья' }).waitFor();
    await page.getByText('Záznam klienta Иванова Наталья je uložen.').waitFor();
    nataliaId = /#\/clients\/([^/?]+)$/.exec(page.url())![1]!;
  });

  it('shows on her page every field the form collected', async () => {
    const essentials = page.locator('dl').first();
    const value = (label: string) =>
      essentials
        .locator('div', { has: page.getByText(label, { exact: true }) })
        .last()
        .innerText();
    expect(await value('Pohlaví')).toContain('žena');
    expect(await value('Jazyky')).toContain('ukrajinština (preferovaný), ruština');
    expect(await value('První kontakt')).toContain(czechDate(firstContact));
    expect(await value('Obec')).toContain('Stráž pod Ralskem');
    expect(await value('Poznámka')).toContain('Přišla s dcerou.');
    await screenshot('desk-client-detail');
  });

  it('finds her by natalja, natalya and natalia', async () => {
    for (const text of ['natalja', 'natalya', 'natalia', 'ivanova natalia']) {
      const search = await openClientList();
      await search.fill(text);
      await page.getByRole('option', { name: /Иванова Наталья/ }).waitFor();
    }
    await screenshot('desk-search-natalia');
  });

  it('warns beside the names that "Ivanova Natalja" may be her, and asks "Přesto uložit?"', async () => {
    await page.goto(`http://127.0.0.1:${host.port}/#/clients/new`);
    const familyName = page.getByRole('textbox', { name: 'Příjmení', exact: true });
    await familyName.fill('Ivanova');
    await page.getByRole('textbox', { name: 'Jméno', exact: true }).fill('Natalja');
    const birthDate = page.getByRole('textbox', { name: 'Datum narození' });
    await birthDate.fill('12. 5. 1990');
    const warning = page.getByRole('status').filter({ hasText: 'Možná duplicita' });
    await warning.getByRole('link', { name: 'Иванова Наталья' }).waitFor();
    // Between the names and the birth date: where the eyes are while typing the name.
    const [nameBox, warningBox, birthBox] = await Promise.all(
      [familyName, warning, birthDate].map((element) => element.boundingBox()),
    );
    expect(warningBox!.y).toBeGreaterThan(nameBox!.y);
    expect(warningBox!.y + warningBox!.height).toBeLessThanOrEqual(birthBox!.y);
    expect(warningBox!.y + warningBox!.height).toBeLessThan(768);
    await screenshot('desk-duplicate-warning');

    await pick('Státní příslušnost', 'Ukrajina', 'ukraj');
    await page.getByRole('checkbox', { name: /Souhlas bude doplněn/ }).check();
    await page.getByRole('button', { name: 'Zaregistrovat klienta' }).click();
    const question = page.getByRole('dialog', { name: 'Přesto uložit?' });
    await question.getByText('stejné datum narození').waitFor();
    await screenshot('desk-duplicate-question');
    // The link opens the existing record; the typed values are asked about first.
    await question.getByRole('link', { name: 'Иванова Наталья' }).click();
    const leave = page.getByRole('dialog', { name: 'Zahodit neuložené změny?' });
    await leave.getByRole('button', { name: 'Zahodit změny' }).click();
    await page.getByRole('heading', { level: 1, name: 'Иванова Наталья' }).waitFor();
    const register = await apiCall('clients.list', {});
    expect(register).toMatchObject({ ok: true, value: { total: 1 } });
  });

  it('closes only the date picker with Esc, and asks about an act before the first contact', async () => {
    await page.getByRole('button', { name: 'Zapsat službu' }).click();
    const dialog = page.getByRole('dialog', { name: 'Zapsat službu – Иванова Наталья' });
    await dialog.waitFor();
    await pick('Služba', 'Tlumočení');
    const date = dialog.getByRole('textbox', { name: 'Datum' });
    await date.click();
    const calendar = page.locator('[data-dates-dropdown]');
    await calendar.waitFor();
    await page.keyboard.press('Escape');
    await calendar.waitFor({ state: 'hidden' });
    expect(await dialog.isVisible()).toBe(true);

    await date.fill(czechDate(shiftDays(firstContact, -10)));
    await date.press('Enter');
    const question = page.getByRole('dialog', { name: 'Přesto zapsat?' });
    await question
      .getByText(`před prvním kontaktem s klientem (${czechDate(firstContact)})`, { exact: false })
      .waitFor();
    // The dialog's fade-in, over before the shot.
    await page.waitForTimeout(300);
    await screenshot('desk-before-first-contact');
    await question.getByRole('button', { name: 'Opravit datum' }).click();
    await question.waitFor({ state: 'hidden' });
    expect(await dialog.isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Zapsat' }).click();
    await question.getByRole('button', { name: 'Přesto zapsat' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page
      .getByRole('table', { name: 'Služby' })
      .getByRole('row', { name: /Tlumočení/ })
      .waitFor();
    // With the dialog closed, Esc has nothing left to close.
  });

  it('prints the consent form in Mongolian too, her languages offered first', async () => {
    await page.getByRole('button', { name: 'Tisk souhlasu' }).click();
    await page.getByRole('menuitem').first().waitFor();
    const items = await page.getByRole('menuitem').allInnerTexts();
    expect(items.slice(0, 2)).toEqual(['Українська', 'Русский']);
    expect(items).toContain('Монгол хэл');
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'Монгол хэл' }).click();
    expect((await download).suggestedFilename()).toBe('souhlas-mn-2026-11.pdf');
  });

  it('shows the total and the filtered count, and towns uncut', async () => {
    const created = await apiCall('clients.create', {
      familyName: 'Batbayar',
      givenNames: 'Sarnai',
      nationality: 'MN',
      town: 'Jablonec nad Nisou',
      consentDate: today,
    });
    expect(created).toMatchObject({ ok: true });
    await openClientList();
    await page.getByText('V evidenci jsou 2 klienti').waitFor();
    for (const town of ['Stráž pod Ralskem', 'Jablonec nad Nisou']) {
      const cell = page.getByRole('table', { name: 'Evidence klientů' }).getByText(town);
      expect(await cell.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(
        true,
      );
    }
    // The list reaches down to the bottom of the window.
    const box = await page.getByRole('table', { name: 'Evidence klientů' }).boundingBox();
    expect(box!.y + box!.height).toBeGreaterThan(768 - 40);
    await screenshot('desk-register');
    await pick('Státní příslušnost', 'Mongolsko', 'mongol');
    await page.getByText('Filtrům odpovídá 1 z 2').waitFor();
  });

  it('starts the search empty on a new visit, and keeps it when coming back from a client', async () => {
    const search = await openClientList();
    await search.fill('natalia');
    await page.getByRole('option', { name: /Иванова Наталья/ }).click();
    await page.getByRole('link', { name: 'Zpět na seznam klientů' }).click();
    await page.getByRole('heading', { level: 1, name: 'Klienti' }).waitFor();
    expect(await search.inputValue()).toBe('natalia');
    await page
      .getByRole('navigation', { name: 'Hlavní navigace' })
      .getByRole('link', { name: 'Recepce' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Recepce' }).waitFor();
    const again = await openClientList();
    expect(await again.inputValue()).toBe('');
  });

  it('counts people in whole numbers on the report’s chart axes', async () => {
    const from = shiftDays(firstContact, -40);
    await page.goto(
      `http://127.0.0.1:${host.port}/#/reports?period=custom&from=${from}&to=${today}`,
    );
    const ticks = page.locator('.report-chart .recharts-cartesian-axis-tick-value');
    await ticks.first().waitFor();
    // SVG text: innerText is not defined for it.
    const texts = await ticks.evaluateAll((elements) => elements.map((e) => e.textContent ?? ''));
    const numbers = texts.filter((text) => /^[\d\s.,]+$/.test(text));
    expect(numbers.length).toBeGreaterThan(1);
    // One client: the axis reads 0 and 1, never 0,25 or 0,5.
    expect(numbers.filter((text) => /[.,]/.test(text))).toEqual([]);
    await screenshot('desk-report-axes');
  });

  it('says the same in English', async () => {
    await page.getByRole('radiogroup', { name: 'Jazyk' }).getByText('English').click();
    await page.goto(`http://127.0.0.1:${host.port}/#/clients/new`);
    await page.getByRole('textbox', { name: 'Family name', exact: true }).fill('Petrova');
    await page.getByRole('textbox', { name: 'Birth date' }).fill('31/02/1990');
    await page.getByRole('button', { name: 'Register client' }).click();
    await page
      .getByText('invalid birth date – type it like 12/05/1990', { exact: false })
      .waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
    const question = page.getByRole('dialog', { name: 'Discard unsaved changes?' });
    await question.getByRole('button', { name: 'Discard changes' }).click();
    // The nationality filter chosen before is still set.
    await page.getByText('1 of 2 match the filters').waitFor();
    await page.goto(`http://127.0.0.1:${host.port}/#/clients/${nataliaId}`);
    await page.getByText('Ukrainian (preferred), Russian').waitFor();
    await page.getByRole('radiogroup', { name: 'Language' }).getByText('Čeština').click();
  });
});

/** Opens the list from the menu; the search box must have the focus on arrival. */
async function openClientList(): Promise<Locator> {
  await page
    .getByRole('navigation', { name: 'Hlavní navigace' })
    .getByRole('link', { name: 'Klienti' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Klienti' }).waitFor();
  return page.getByRole('combobox', { name: 'Hledat klienta' });
}

/** An input by its label, whichever role Mantine gives it (text box or combo box). */
function field(label: string): Locator {
  return page
    .getByRole('textbox', { name: label, exact: true })
    .or(page.getByRole('combobox', { name: label, exact: true }))
    .first();
}

/** Chooses an option of a select by its label, typing to narrow it down when asked. */
async function pick(label: string, option: string, typed?: string): Promise<void> {
  if (typed) await field(label).fill(typed);
  else await field(label).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function fillDate(label: string, iso: string): Promise<void> {
  const field = page.getByRole('textbox', { name: label });
  await field.fill(czechDate(iso));
  await field.press('Escape');
}

/** "2026-11-24" as a Czech worker types it: "24. 11. 2026". */
function czechDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day}. ${month}. ${year}`;
}

/** The window as it is, 1366 × 768: what a worker sees without scrolling. */
async function screenshot(name: string): Promise<void> {
  const noToasts = await page.addStyleTag({
    content: '.mantine-Notifications-root { display: none; }',
  });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`) });
  await noToasts.evaluate((element) => element.remove());
}

async function apiCall(method: string, input: unknown): Promise<unknown> {
  const response = await fetch(`http://127.0.0.1:${host.port}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Pristav-Token': host.token },
    body: JSON.stringify(input),
  });
  return response.json();
}
