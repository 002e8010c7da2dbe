import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoHq } from '../../db/demo/demo-site.ts';
import type { WebHost } from '../../scripts/web-host.ts';
import { makeTempDir } from '../helpers/temp-database.ts';
import {
  admin,
  focusedElement,
  lecturer,
  seedAccessibilitySite,
  signIn,
  type AccessibilitySite,
} from './helpers/accessibility-site.ts';
import { expectAccessible } from './helpers/axe.ts';
import { openBrowserSession, type BrowserSession } from './helpers/browser-session.ts';

/**
 * Every dialog of the app, its menus, an open date picker and list, and a notification, each
 * scanned by axe-core for WCAG 2.1 A and AA with no violation allowed. Each dialog is opened from
 * the keyboard and closed again with its own Cancel or Esc: the focus goes back into the page,
 * never to <body>. The main screens are in accessibility.test.ts.
 */

const screenshotDir = join(import.meta.dirname, '..', '..', 'test-output', 'e2e');

let temp: ReturnType<typeof makeTempDir>;
let site: AccessibilitySite;
let host: WebHost;
let page: Page;
let session: BrowserSession;

beforeAll(async () => {
  temp = makeTempDir();
  site = await seedAccessibilitySite(temp.dir);
  session = await openBrowserSession(site.file, { viewport: { width: 1366, height: 768 } });
  ({ host, page } = session);
  await signIn(page, admin);
  await page.getByRole('heading', { level: 1, name: demoHq.name }).waitFor();
});

afterAll(async () => {
  await session?.close();
  temp?.cleanup();
});

/** What is on the screen now, dialogs and notifications included. */
const shot = (name: string) =>
  page.screenshot({ path: join(screenshotDir, `a11y-${name}.png`), animations: 'disabled' });

async function open(path: string, heading: string | RegExp): Promise<void> {
  await page.goto(`http://127.0.0.1:${host.port}/#${path}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await expect.poll(() => page.getByLabel('Načítám…').count()).toBe(0);
}

/** Presses Enter on a button, as a keyboard user opens a dialog; returns the dialog scanned. */
async function openDialog(button: Locator, name: string | RegExp, screen: string) {
  await button.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name });
  await dialog.waitFor();
  await expectAccessible(page, screen);
  return dialog;
}

/** Closes with the dialog's Cancel (or Esc) and checks the focus went back to the opener. */
async function closeDialog(dialog: Locator, opener: Locator, how: 'cancel' | 'escape' = 'cancel') {
  // A date field focused first has its calendar open over the buttons: Esc closes the calendar.
  const calendar = page.locator('[data-dates-dropdown]:visible');
  if ((await calendar.count()) > 0) {
    await page.keyboard.press('Escape');
    await calendar.waitFor({ state: 'hidden' });
  }
  if (how === 'escape') await page.keyboard.press('Escape');
  else await dialog.getByRole('button', { name: 'Zrušit' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await expect.poll(() => opener.evaluate((element) => element.matches(':focus'))).toBe(true);
}

describe('every dialog, menu and notification meets WCAG 2.1 AA (axe-core)', () => {
  it('the user menu and the change of password, with an error shown', async () => {
    const menuButton = page.getByRole('button', { name: /^Uživatel: Petra Sovová/ });
    await menuButton.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menu').waitFor();
    await expectAccessible(page, 'user menu');
    await shot('user-menu');
    await page.getByRole('menuitem', { name: 'Změnit heslo' }).click();
    const dialog = page.getByRole('dialog', { name: 'Změna hesla' });
    await dialog.waitFor();
    await expectAccessible(page, 'change password');
    await dialog.getByRole('button', { name: 'Změnit heslo' }).click();
    await dialog
      .getByText(/povinný údaj|Zadejte/)
      .first()
      .waitFor();
    await expectAccessible(page, 'change password with errors');
    await shot('change-password');
    await closeDialog(dialog, menuButton, 'escape');
  });

  it('recording a service on the client page, with the list of services open', async () => {
    await open(`/clients/${site.clientId}`, /./);
    const opener = page.getByRole('button', { name: 'Zapsat službu' });
    const dialog = await openDialog(opener, /^Zapsat službu – /, 'record act');
    await page.getByRole('listbox').waitFor();
    await expectAccessible(page, 'record act, services listed');
    await shot('record-act');
    await page.keyboard.press('Escape');
    await page.getByRole('listbox').waitFor({ state: 'hidden' });
    await closeDialog(dialog, opener);
  });

  it('editing and deleting an act from the client timeline', async () => {
    const timeline = page.getByRole('table', { name: 'Služby' });
    const edit = timeline.getByRole('button', { name: /^Upravit Tlumočení/ }).first();
    const dialog = await openDialog(edit, /^Upravit úkon: Tlumočení/, 'edit act');
    await closeDialog(dialog, edit);
    const remove = timeline.getByRole('button', { name: /^Smazat Tlumočení/ }).first();
    const confirm = await openDialog(remove, 'Smazat úkon?', 'delete act');
    await closeDialog(confirm, remove);
  });

  it('the consent form menu and the GDPR dialogs of a client', async () => {
    const print = page.getByRole('button', { name: 'Tisk souhlasu' });
    await print.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menu').waitFor();
    await expectAccessible(page, 'consent form menu');
    await page.keyboard.press('Escape');
    await page.getByRole('menu').waitFor({ state: 'hidden' });

    const exportButton = page.getByRole('button', { name: 'Export údajů (GDPR)' });
    const exportDialog = await openDialog(
      exportButton,
      'Export údajů o klientovi (GDPR)',
      'subject export',
    );
    await closeDialog(exportDialog, exportButton);
    const withdraw = page.getByRole('button', { name: 'Odvolat souhlas' });
    const withdrawDialog = await openDialog(
      withdraw,
      'Odvolání souhlasu se zpracováním údajů',
      'withdraw consent',
    );
    await closeDialog(withdrawDialog, withdraw);
    const erase = page.getByRole('button', { name: 'Vymazat osobu (GDPR)' });
    const eraseDialog = await openDialog(erase, 'Výmaz osoby na její žádost (GDPR)', 'erase');
    await closeDialog(eraseDialog, erase);
  });

  it('merging two records of one person', async () => {
    await open(`/clients/${site.duplicate.id}`, /Tran/);
    const merge = page.getByRole('button', { name: 'Sloučit s…' });
    const dialog = await openDialog(merge, 'Sloučit záznamy jednoho člověka', 'merge');
    await dialog.getByRole('textbox', { name: 'Najděte druhý záznam' }).fill('tran');
    await dialog.getByRole('button', { name: /Tran Thi Lan/ }).waitFor();
    await expectAccessible(page, 'merge search');
    await dialog.getByRole('button', { name: /Tran Thi Lan/ }).click();
    await dialog.getByText('Ponechat Tran Thi Lan').waitFor();
    await expectAccessible(page, 'merge comparison');
    await shot('merge');
    await closeDialog(dialog, merge);
  });

  it('a new client with every error shown, and the language list open', async () => {
    await open('/clients/new', 'Nový klient');
    await page.getByRole('button', { name: 'Zaregistrovat klienta' }).click();
    await page.getByText('povinný údaj').first().waitFor();
    await expectAccessible(page, 'new client with errors');
    await page.getByRole('combobox', { name: 'Jazyky', exact: true }).click();
    await page.getByRole('listbox').waitFor();
    await expectAccessible(page, 'languages listed');
    await shot('languages-listed');
    await page.keyboard.press('Escape');
  });

  it('a date picker open under a date field', async () => {
    await open('/reports', 'Přehledy');
    await page.getByRole('textbox', { name: 'Od', exact: true }).click();
    await page.locator('[data-dates-dropdown]:visible').waitFor();
    await expectAccessible(page, 'date picker');
    await page
      .locator('[data-dates-dropdown]:visible')
      .screenshot({ path: join(screenshotDir, 'a11y-date-picker.png') });
    await page.keyboard.press('Escape');
  });

  it('a notification with its close button', async () => {
    await open('/reception', 'Recepce');
    await page.getByRole('button', { name: '+1 anonymní internet' }).click();
    const toast = page.locator('.mantine-Notifications-root .mantine-Notification-root');
    await toast.first().waitFor();
    await expectAccessible(page, 'notification');
    await toast.first().getByRole('button', { name: 'Zavřít' }).waitFor();
    await shot('notification');
  });

  it('the library: a new book, lending and editing', async () => {
    await open('/library', 'Knihovna');
    const add = page.getByRole('button', { name: 'Nová kniha' });
    const book = await openDialog(add, 'Nová kniha', 'new book');
    await book.getByRole('button', { name: 'Přidat do katalogu' }).click();
    await book.getByText('povinný údaj').first().waitFor();
    await expectAccessible(page, 'new book with errors');
    await shot('new-book');
    await closeDialog(book, add);
    const lend = page.getByRole('button', { name: /^Půjčit knihu / }).first();
    const lendDialog = await openDialog(lend, 'Půjčit knihu', 'lend');
    await closeDialog(lendDialog, lend);
    const edit = page.getByRole('button', { name: /^Upravit knihu / }).first();
    const editDialog = await openDialog(edit, 'Upravit knihu', 'edit book');
    await closeDialog(editDialog, edit);
  });

  it('a course: ending a participation, moving a lesson, adding one with errors', async () => {
    await open(`/courses/${site.course.id}`, site.course.title);
    const leave = page.getByRole('button', { name: /^Ukončit účast – / }).first();
    const leaveDialog = await openDialog(leave, /^Ukončit účast v kurzu – /, 'leave course');
    await closeDialog(leaveDialog, leave);
    const move = page.getByRole('button', { name: /^Přesunout lekci / }).first();
    const moveDialog = await openDialog(move, /^Přesunout lekci /, 'move lesson');
    await closeDialog(moveDialog, move);
    // Adding a lesson is a form on the page: sent empty, it shows its errors.
    await page.getByRole('button', { name: 'Přidat lekci' }).click();
    await page
      .getByRole('region', { name: 'Lekce' })
      .locator('[aria-invalid="true"]')
      .first()
      .waitFor();
    await expectAccessible(page, 'add lesson with errors');
  });

  it('settings: users, a password, disabling, restoring a backup', async () => {
    await open('/settings', 'Nastavení');
    const users = page.getByRole('region', { name: 'Uživatelé' });
    const add = users.getByRole('button', { name: 'Přidat uživatele' });
    const addDialog = await openDialog(add, 'Nový uživatel', 'add user');
    await closeDialog(addDialog, add);
    const setPassword = users.getByRole('button', {
      name: `Nastavit heslo uživateli ${lecturer.name}`,
    });
    const passwordDialog = await openDialog(
      setPassword,
      `Heslo uživatele ${lecturer.name}`,
      'set password',
    );
    await closeDialog(passwordDialog, setPassword);
    const disable = users.getByRole('button', { name: `Zakázat uživatele ${lecturer.name}` });
    const disableDialog = await openDialog(
      disable,
      `Zakázat uživatele ${lecturer.name}?`,
      'disable user',
    );
    await closeDialog(disableDialog, disable);
    const restore = page.getByRole('button', { name: /^Obnovit ze zálohy z / }).first();
    const restoreDialog = await openDialog(
      restore,
      /^Obnovit databázi ze zálohy z /,
      'restore backup',
    );
    await closeDialog(restoreDialog, restore);
  });

  it('adding a branch on the sync screen', async () => {
    await open('/sync', 'Synchronizace');
    const add = page.getByRole('button', { name: 'Přidat pobočku' });
    const dialog = await openDialog(add, 'Přidat pobočku', 'add branch');
    await closeDialog(dialog, add);
    // The branch's file made, its passphrase is shown once.
    await add.click();
    await dialog.getByRole('textbox', { name: 'Název pobočky' }).fill('Jablonec');
    await dialog.getByRole('combobox', { name: 'Obec' }).fill('Jablonec');
    await page.getByRole('option', { name: 'Jablonec nad Nisou' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Vytvořit soubor pobočky' }).click(),
    ]);
    await download.cancel();
    const shown = page.getByRole('dialog', { name: 'Pobočka Jablonec je přidána' });
    await shown.getByRole('button', { name: 'Zkopírovat heslo' }).waitFor();
    await expectAccessible(page, 'branch passphrase');
    await shown.getByRole('button', { name: 'Hotovo, heslo mám poznamenané' }).click();
    await shown.waitFor({ state: 'detached' });
    // Mantine hands focus back a moment after the dialog is gone.
    await expect.poll(() => focusedElement(page)).toBe('BUTTON: Přidat pobočku');
  });

  it('anonymising the clients without contact', async () => {
    await open('/settings/retention', /anonymiz/i);
    const anonymise = page.getByRole('button', { name: /^Anonymizovat \d+ klient/ });
    const dialog = await openDialog(anonymise, 'Anonymizovat klienty?', 'anonymise');
    await closeDialog(dialog, anonymise);
  });

  it('the lock screen', async () => {
    const menuButton = page.getByRole('button', { name: /^Uživatel: Petra Sovová/ });
    await menuButton.click();
    await page.getByRole('menuitem', { name: 'Zamknout' }).click();
    const lock = page.getByRole('dialog', { name: 'Přístav je zamčený' });
    await lock.waitFor();
    await expectAccessible(page, 'lock screen');
    await shot('lock');
    await lock.getByLabel(/^Heslo nebo PIN\s*\*?$/).fill(admin.password);
    await lock.getByRole('button', { name: 'Odemknout' }).click();
    await lock.waitFor({ state: 'hidden' });
    expect(await focusedElement(page)).not.toBe('BODY');
  });
});
