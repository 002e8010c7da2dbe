import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../db/contract/clients.ts';
import type { Course } from '../../db/contract/courses.ts';
import { todayIso } from '../../db/contract/dates.ts';
import { openStore } from '../../db/open-app.ts';
import type { WebHost } from '../../scripts/web-host.ts';
import { makeTempDir } from '../helpers/temp-database.ts';
import { openBrowserSession, type BrowserSession } from './helpers/browser-session.ts';
import { shiftDays } from './helpers/calendar.ts';
import { shootWholePage } from './helpers/screenshots.ts';
import { seedingInvoke } from './helpers/seed-api.ts';

const screenshotDir = join(import.meta.dirname, '..', '..', 'test-output', 'e2e');

/** The people of the centre, each with the password they sign in with. */
const admin = { name: 'Petra Sovová', password: 'spravce-2026' };
const lecturer = { name: 'Jana Dvořáková', password: 'lektorka-2026' };
const receptionist = { name: 'Marie Horáková', password: '246810' };
const socialWorker = { name: 'Eva Králová', password: 'poradna-2026' };
const secretNote = 'Obává se o prodloužení pobytu, manžel ji ohrožuje.';

let temp: ReturnType<typeof makeTempDir>;
let host: WebHost;
let page: Page;
let session: BrowserSession;
let client: Client;
let ownCourse: Course;

/**
 * A site whose administrator has a password (so everyone signs in), three more users, a client
 * with a confidential counselling note, and two courses: one taught by the lecturer.
 */
beforeAll(async () => {
  temp = makeTempDir();
  const file = join(temp.dir, 'sign-in.sqlite');
  const store = await openStore({ file, mode: 'create' });
  const invoke = seedingInvoke(store);
  await invoke('site.create', {
    name: 'Centrum Liberec',
    town: 'Liberec',
    isHq: true,
    adminName: admin.name,
    adminPassword: admin.password,
  });
  await invoke('users.add', {
    userName: lecturer.name,
    role: 'lecturer',
    password: lecturer.password,
  });
  await invoke('users.add', {
    userName: receptionist.name,
    role: 'receptionist',
    password: receptionist.password,
  });
  await invoke('users.add', {
    userName: socialWorker.name,
    role: 'social_worker',
    password: socialWorker.password,
  });
  client = (await invoke('clients.create', {
    familyName: 'Kovalenko',
    givenNames: 'Olena',
    nationality: 'UA',
    birthDate: '1987-10-21',
    consentDate: todayIso(),
  })) as Client;
  await invoke('acts.record', {
    clientId: client.id,
    type: 'social_legal_counselling',
    minutes: 45,
    note: secretNote,
  });
  ownCourse = (await invoke('courses.create', {
    kind: 'czech_low_threshold',
    title: 'Čeština pro začátečníky',
    town: 'Liberec',
    lecturer: lecturer.name,
    startDate: shiftDays(todayIso(), -14),
    endDate: shiftDays(todayIso(), 60),
    schedule: [{ weekday: 2, start: '17:00', end: '18:30' }],
  })) as Course;
  await invoke('courses.create', {
    kind: 'pc',
    title: 'Počítač pro začátečníky',
    town: 'Turnov',
    lecturer: 'Bc. Petr Dvořák',
    startDate: shiftDays(todayIso(), -14),
    endDate: shiftDays(todayIso(), 60),
    schedule: [{ weekday: 5, start: '09:00', end: '11:00' }],
  });
  await invoke('enrolments.enrol', { courseId: ownCourse.id, clientId: client.id });
  store.sqlite.close();

  session = await openBrowserSession(file, { viewport: { width: 1366, height: 768 } });
  ({ host, page } = session);
});

afterAll(async () => {
  await session?.close();
  temp?.cleanup();
});

describe('sign-in and roles in the browser', () => {
  it('asks for a name and password first, the name field focused', async () => {
    await page.getByRole('heading', { level: 1, name: 'Přihlášení' }).waitFor();
    await page.getByText('Centrum Liberec').waitFor();
    await expectFocused(nameField());
    // Nothing of the app is there before sign-in.
    expect(await page.getByRole('navigation', { name: 'Hlavní navigace' }).count()).toBe(0);
    await shot('screen');
  });

  it('refuses a wrong password with the API message under the form', async () => {
    await page.keyboard.type(lecturer.name);
    await passwordField().fill('spatne-heslo');
    await page.keyboard.press('Enter');
    const refusal = page.getByRole('alert').filter({ hasText: 'Přihlášení se nezdařilo' });
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain('Nesprávné jméno nebo heslo.');
    // The password is cleared and has the focus again; the name stays.
    await expectFocused(passwordField());
    expect(await passwordField().inputValue()).toBe('');
    expect(await nameField().inputValue()).toBe(lecturer.name);
    await shot('wrong-password');
  });

  it('makes a name wait after five wrong passwords', async () => {
    const name = 'Neznámý Uživatel';
    await nameField().fill(name);
    for (let attempt = 1; attempt <= 5; attempt++) {
      await passwordField().fill(`spatne-${attempt}`);
      await passwordField().press('Enter');
      await expect.poll(() => passwordField().inputValue()).toBe('');
    }
    await passwordField().fill('spatne-6');
    await passwordField().press('Enter');
    await page.getByText(/Příliš mnoho nezdařených pokusů o přihlášení/).waitFor();
    await nameField().fill('');
  });

  it('signs the lecturer in: only Kurzy, and only her course', async () => {
    await signIn(lecturer);
    await page.getByRole('heading', { level: 1, name: 'Kurzy' }).waitFor();
    expect(await navLinks()).toEqual(['Kurzy']);
    await userMenuButton(lecturer.name).waitFor();
    expect(await userMenuButton(lecturer.name).innerText()).toContain('Lektor');
    await page.getByRole('link', { name: 'Čeština pro začátečníky' }).waitFor();
    expect(await page.getByText('Počítač pro začátečníky').count()).toBe(0);
    // Creating courses is the office's work.
    expect(await page.getByRole('link', { name: 'Nový kurz' }).count()).toBe(0);
    await shot('lecturer');

    await page.getByRole('link', { name: 'Čeština pro začátečníky' }).click();
    await page.getByRole('heading', { level: 1, name: 'Čeština pro začátečníky' }).waitFor();
    // Her participants by name, but no way into the register or to enrol anyone.
    await page.getByText('Kovalenko Olena').first().waitFor();
    expect(await page.getByRole('link', { name: 'Kovalenko Olena' }).count()).toBe(0);
    expect(await page.getByRole('textbox', { name: 'Zapsat klienta' }).count()).toBe(0);
  });

  it('switches to the receptionist, who does not see the confidential note', async () => {
    await openUserMenu(lecturer.name);
    await page.getByRole('menuitem', { name: 'Přepnout uživatele' }).click();
    await page.getByRole('heading', { level: 1, name: 'Přihlášení' }).waitFor();
    await expectFocused(nameField());
    await signIn(receptionist);
    await page.getByRole('heading', { level: 1, name: 'Centrum Liberec' }).waitFor();
    // The next person starts on the home page, not on the lecturer's course.
    expect(new URL(page.url()).hash).toBe('#/');
    expect(await navLinks()).toEqual([
      'Domů',
      'Recepce',
      'Klienti',
      'Služby',
      'Kurzy',
      'Knihovna',
      'Partneři',
      'Akce',
    ]);

    const dialog = await openCounselling();
    await dialog.getByText('Poznámka z poradenství je důvěrná').waitFor();
    expect(await dialog.getByRole('textbox', { name: /Poznámka/ }).count()).toBe(0);
    expect(await page.getByText(secretNote).count()).toBe(0);
    await closeServiceList(dialog);
    await shot('receptionist-act');
    await dialog.getByRole('button', { name: 'Zrušit' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('shows the note to the social worker', async () => {
    await openUserMenu(receptionist.name);
    await page.getByRole('menuitem', { name: 'Přepnout uživatele' }).click();
    await signIn(socialWorker);
    await page.getByRole('heading', { level: 1, name: 'Centrum Liberec' }).waitFor();
    expect(await navLinks()).toEqual([
      'Domů',
      'Recepce',
      'Klienti',
      'Služby',
      'Kurzy',
      'Knihovna',
      'Partneři',
      'Akce',
      'K posouzení',
    ]);
    const dialog = await openCounselling();
    const note = dialog.getByRole('textbox', { name: /Poznámka/ });
    await expect.poll(() => note.inputValue()).toBe(secretNote);
    await closeServiceList(dialog);
    await shot('social-worker-act');
  });

  it('locks with "Zamknout" and keeps the unsaved form underneath', async () => {
    await page
      .getByRole('dialog', { name: /Upravit úkon/ })
      .getByRole('button', { name: 'Zrušit' })
      .click();
    await menuLink('Klienti').click();
    await page.getByRole('link', { name: /Nový klient/ }).click();
    const familyName = page.getByRole('textbox', { name: 'Příjmení', exact: true });
    await familyName.fill('Rozepsaná');
    await openUserMenu(socialWorker.name);
    await page.getByRole('menuitem', { name: 'Zamknout' }).click();

    const lock = page.getByRole('dialog', { name: 'Přístav je zamčený' });
    await lock.waitFor();
    expect(await lock.getByRole('textbox', { name: 'Přihlášený uživatel' }).inputValue()).toBe(
      socialWorker.name,
    );
    const lockPassword = secret(lock, 'Heslo nebo PIN');
    await expectFocused(lockPassword);
    // The app underneath is out of reach: its shortcuts do nothing while locked.
    await page.keyboard.press('Alt+R');
    expect(new URL(page.url()).hash).toBe('#/clients/new');
    await shot('lock');

    await lockPassword.fill('spatne-heslo');
    await lockPassword.press('Enter');
    await lock.getByText('Nesprávné jméno nebo heslo.').waitFor();
    await lockPassword.fill(socialWorker.password);
    await lockPassword.press('Enter');
    await lock.waitFor({ state: 'hidden' });
    // The half-filled form is still there.
    expect(await familyName.inputValue()).toBe('Rozepsaná');
  });

  it('answers a call on a session locked meanwhile with the lock screen', async () => {
    // Another window (here: the API directly) locks the same session.
    await api('session.lock', {});
    await menuLink('Klienti').click();
    // The half-filled form of the test before asks first; leaving it calls the API.
    const leave = page.getByRole('dialog', { name: 'Zahodit neuložené změny?' });
    await leave.getByRole('button', { name: 'Zahodit změny' }).click();
    const lock = page.getByRole('dialog', { name: 'Přístav je zamčený' });
    await lock.waitFor();
    await secret(lock, 'Heslo nebo PIN').fill(socialWorker.password);
    await lock.getByRole('button', { name: 'Odemknout' }).click();
    await lock.waitFor({ state: 'hidden' });
  });

  it('switches user from the lock screen; the administrator manages users', async () => {
    await openUserMenu(socialWorker.name);
    await page.getByRole('menuitem', { name: 'Zamknout' }).click();
    const lock = page.getByRole('dialog', { name: 'Přístav je zamčený' });
    await lock.getByRole('button', { name: 'Přepnout uživatele' }).click();
    await page.getByRole('heading', { level: 1, name: 'Přihlášení' }).waitFor();
    await signIn(admin);
    await page.getByRole('heading', { level: 1, name: 'Centrum Liberec' }).waitFor();
    expect(await navLinks()).toEqual([
      'Domů',
      'Recepce',
      'Klienti',
      'Služby',
      'Kurzy',
      'Knihovna',
      'Partneři',
      'Akce',
      'Přehledy',
      'Synchronizace',
      'K posouzení',
      'Nastavení',
    ]);

    await menuLink('Nastavení').click();
    const users = page.getByRole('region', { name: 'Uživatelé' });
    await userHeader(users, receptionist.name).waitFor();
    expect(await userRow(users, lecturer.name)).toEqual([
      lecturer.name,
      'Lektor',
      'Centrum Liberec',
      'nastaveno',
      'aktivní',
    ]);

    await users.getByRole('button', { name: 'Přidat uživatele' }).click();
    const add = page.getByRole('dialog', { name: 'Nový uživatel' });
    await add.getByRole('textbox', { name: 'Jméno a příjmení' }).fill('Tomáš Novák');
    await add.getByRole('combobox', { name: 'Role' }).click();
    await page.getByRole('option', { name: 'Koordinátor' }).click();
    await secret(add, 'Heslo nebo PIN').fill('kratke');
    await secret(add, 'Heslo nebo PIN znovu').fill('kratke');
    await add.getByRole('button', { name: 'Přidat uživatele' }).click();
    await add.getByText('heslo musí mít aspoň 8 znaků, nebo PIN aspoň 6 číslic').waitFor();
    await secret(add, 'Heslo nebo PIN').fill('koordinace-2026');
    await secret(add, 'Heslo nebo PIN znovu').fill('koordinace-2026');
    await add.getByRole('button', { name: 'Přidat uživatele' }).click();
    await add.waitFor({ state: 'hidden' });
    await userHeader(users, 'Tomáš Novák').waitFor();
    expect(await userRow(users, 'Tomáš Novák')).toEqual([
      'Tomáš Novák',
      'Koordinátor',
      'Centrum Liberec',
      'nastaveno',
      'aktivní',
    ]);

    await users.getByRole('button', { name: `Zakázat uživatele ${receptionist.name}` }).click();
    await page.getByRole('dialog', { name: `Zakázat uživatele ${receptionist.name}?` }).waitFor();
    await page.getByRole('button', { name: 'Zakázat', exact: true }).click();
    await expect.poll(() => userRow(users, receptionist.name)).toContain('zakázán');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await shootWholePage(page, join(screenshotDir, 'sign-in-settings-users.png'));
  });

  it('changes the own password from the user menu', async () => {
    await openUserMenu(admin.name);
    await page.getByRole('menuitem', { name: 'Změnit heslo' }).click();
    const dialog = page.getByRole('dialog', { name: 'Změna hesla' });
    await secret(dialog, 'Současné heslo').fill(admin.password);
    await secret(dialog, 'Nové heslo').fill('nove-heslo-2027');
    await secret(dialog, 'Nové heslo znovu').fill('nove-heslo-2028');
    await dialog.getByRole('button', { name: 'Změnit heslo' }).click();
    await dialog.getByText('hesla se neshodují').waitFor();
    await shot('change-password');
    await secret(dialog, 'Nové heslo znovu').fill('nove-heslo-2027');
    await dialog.getByRole('button', { name: 'Změnit heslo' }).click();
    await dialog.waitFor({ state: 'hidden' });
    admin.password = 'nove-heslo-2027';
  });

  it('locks itself after 15 minutes without keyboard or mouse', async () => {
    await page.clock.install();
    await page.reload();
    // The API's session outlives the reload: still signed in.
    await userMenuButton(admin.name).waitFor();
    await page.clock.fastForward('15:10');
    const lock = page.getByRole('dialog', { name: 'Přístav je zamčený' });
    await lock.waitFor();
    await secret(lock, 'Heslo nebo PIN').fill(admin.password);
    await lock.getByRole('button', { name: 'Odemknout' }).click();
    await lock.waitFor({ state: 'hidden' });
  });

  it('signs out to the sign-in screen', async () => {
    await openUserMenu(admin.name);
    await page.getByRole('menuitem', { name: 'Odhlásit' }).click();
    await page.getByText('Odhlásili jste se.').waitFor();
    await expectFocused(nameField());
    // Every call now needs a sign-in again.
    const result = await callApi('clients.list', {});
    expect(result.ok).toBe(false);
  });
});

/** A password field by its label (Mantine's required mark "*" follows the label's text). */
const secret = (scope: Page | Locator, label: string) =>
  scope.getByLabel(new RegExp(`^${label}\\s*\\*?$`));
const menuLink = (name: string) =>
  page.getByRole('navigation', { name: 'Hlavní navigace' }).getByRole('link', { name });
const nameField = () => page.getByRole('textbox', { name: 'Jméno', exact: true });
const passwordField = () => secret(page, 'Heslo nebo PIN');
const userMenuButton = (name: string) =>
  page.getByRole('button', { name: new RegExp(`^Uživatel: ${name}`) });

async function signIn(person: { name: string; password: string }): Promise<void> {
  await nameField().fill(person.name);
  await passwordField().fill(person.password);
  await passwordField().press('Enter');
  await userMenuButton(person.name).waitFor();
}

async function openUserMenu(name: string): Promise<void> {
  await userMenuButton(name).click();
  await page.getByRole('menu').waitFor();
}

async function navLinks(): Promise<string[]> {
  const nav = page.getByRole('navigation', { name: 'Hlavní navigace' });
  await nav.getByRole('link').first().waitFor();
  return (await nav.getByRole('link').allInnerTexts()).map((text) => text.split('\n')[0]!);
}

/** The client's page, then the counselling act's edit dialog from the timeline. */
async function openCounselling(): Promise<Locator> {
  await menuLink('Klienti').click();
  await page.getByRole('heading', { level: 1, name: 'Klienti' }).waitFor();
  await page.goto(`http://127.0.0.1:${host.port}/#/clients/${client.id}`);
  await page.getByRole('heading', { level: 1, name: /Kovalenko/ }).waitFor();
  await page.getByRole('button', { name: /Upravit Sociálně právní poradenství/ }).click();
  const dialog = page.getByRole('dialog', { name: /Upravit úkon/ });
  await dialog.waitFor();
  return dialog;
}

/** The dialog opens with the service list unfolded under the focused field; a click beside it folds it. */
async function closeServiceList(dialog: Locator): Promise<void> {
  await dialog.getByRole('heading', { name: /Upravit úkon/ }).click();
  await page.getByRole('listbox').waitFor({ state: 'hidden' });
}

/** A user's row header: the name, then the role. */
const userHeader = (region: Page | Locator, name: string) =>
  region.getByRole('rowheader', { name: new RegExp(`^${name} `) });

async function userRow(region: Locator, name: string): Promise<string[]> {
  const row = region.getByRole('row').filter({ has: userHeader(page, name) });
  // The role is the second line of the name's cell.
  const cells = await row.locator('th, td').allInnerTexts();
  return cells
    .slice(0, 4)
    .flatMap((text) => text.split('\n'))
    .map((text) => text.trim())
    .filter(Boolean);
}

async function expectFocused(locator: Locator): Promise<void> {
  await expect.poll(() => locator.evaluate((element) => element.matches(':focus'))).toBe(true);
}

async function callApi(method: string, input: unknown): Promise<{ ok: boolean }> {
  const response = await fetch(`http://127.0.0.1:${host.port}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Pristav-Token': host.token },
    body: JSON.stringify(input),
  });
  return (await response.json()) as { ok: boolean };
}

async function api(method: string, input: unknown): Promise<void> {
  expect((await callApi(method, input)).ok).toBe(true);
}

async function shot(name: string): Promise<void> {
  // Finished transitions: no button half-way out of its loader, no dialog half-way in.
  await page.screenshot({
    path: join(screenshotDir, `sign-in-${name}.png`),
    animations: 'disabled',
  });
}
