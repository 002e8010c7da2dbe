import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, ClientDetail } from '../../db/contract/clients.ts';
import type { SyncStatus } from '../../db/contract/sync.ts';
import { startWebHost, type WebHost } from '../../scripts/web-host.ts';
import { makeTempDir } from '../helpers/temp-database.ts';
import { launchTestBrowser, type TestBrowser } from './helpers/browser.ts';
import { apiCall, screenshotDir } from './helpers/library-helpers.ts';
import { shootElement, shootWholePage } from './helpers/screenshots.ts';

/**
 * HQ (Liberec) enrols a branch (Jablonec) on the Synchronizace screen; the branch joins on its
 * first-run screen; files go both ways through "Připravit soubor pro …" and "Načíst soubory";
 * a phone edited at both ends lands in "K posouzení", is resolved, and the choice travels.
 */

const repoRoot = join(import.meta.dirname, '..', '..');
const hqPhone = '+420 777 100 200';
// Sign-in: HQ's administrator has a password (a branch that joins with one would otherwise
// leave HQ with users who need one, and none at HQ who has one).
const hqAdmin = { name: 'Petra Sovová', password: 'spravce-2026' };
const branchPhone = '+420 602 300 400';

let temp: ReturnType<typeof makeTempDir>;
let hqHost: WebHost;
let branchHost: WebHost;
let browser: TestBrowser;
let hq: Page;
let branch: Page;
const enrolment = { file: '', passphrase: '' };
let client: Client;

beforeAll(async () => {
  temp = makeTempDir();
  await mkdir(screenshotDir, { recursive: true });
  const hqFile = join(temp.dir, 'liberec.sqlite');
  // The organisation and its headquarters, as the README has a coordinator create them.
  execFileSync(
    process.execPath,
    [
      join(repoRoot, 'scripts', 'cli.ts'),
      '--db',
      hqFile,
      'init',
      '--site',
      'Liberec',
      '--town',
      'Liberec',
      '--hq',
      '--admin',
      'Petra Sovová',
    ],
    { cwd: repoRoot, stdio: 'pipe' },
  );
  execFileSync(
    process.execPath,
    [
      join(repoRoot, 'scripts', 'cli.ts'),
      '--db',
      hqFile,
      'call',
      'users.setPassword',
      JSON.stringify({ password: hqAdmin.password }),
    ],
    { cwd: repoRoot, stdio: 'pipe' },
  );
  hqHost = await startWebHost({ dbPath: hqFile });
  branchHost = await startWebHost({ dbPath: join(temp.dir, 'jablonec.sqlite') });
  browser = await launchTestBrowser();
  hq = await browser.context.newPage();
  branch = await browser.context.newPage();
  for (const page of [hq, branch]) await page.setViewportSize({ width: 1366, height: 768 });
  await hq.goto(hqHost.url);
  await hq.getByRole('textbox', { name: 'Jméno', exact: true }).fill(hqAdmin.name);
  await hq.getByLabel(/^Heslo nebo PIN\s*\*?$/).fill(hqAdmin.password);
  await hq.getByLabel(/^Heslo nebo PIN\s*\*?$/).press('Enter');
  await hq.getByRole('heading', { level: 1, name: 'Liberec' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await hqHost?.close();
  await branchHost?.close();
  temp?.cleanup();
});

function nav(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Hlavní navigace' });
}

async function openSyncScreen(page: Page): Promise<void> {
  await nav(page).getByRole('link', { name: 'Synchronizace' }).click();
  await page.getByRole('heading', { level: 1, name: 'Synchronizace' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Pracoviště organizace' }).waitFor();
}

/** Clicks a button that makes the browser download a file, and keeps the file in the temp dir. */
async function download(page: Page, button: Locator, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = join(temp.dir, name);
  await file.saveAs(path);
  expect(file.suggestedFilename()).toMatch(/\.pristav-(sync|enrol)$/);
  return path;
}

/** "Připravit soubor pro …" on the Synchronizace screen: the downloaded file's path. */
async function exportFor(page: Page, recipient: string, name: string): Promise<string> {
  await openSyncScreen(page);
  const section = page.getByRole('region', { name: 'Připravit soubor pro jiné pracoviště' });
  return download(
    page,
    section.getByRole('button', { name: `Připravit soubor pro ${recipient}` }),
    name,
  );
}

/** "Načíst soubory": the result dialog, still open. */
async function importFile(page: Page, path: string): Promise<Locator> {
  await openSyncScreen(page);
  const section = page.getByRole('region', { name: 'Načíst soubory' });
  await section.locator('input[name="sync-files"]').setInputFiles(path);
  await section.getByRole('button', { name: 'Načíst soubory' }).click();
  const dialog = page.getByRole('dialog', { name: 'Výsledek načtení' });
  await dialog.waitFor();
  return dialog;
}

async function closeDialog(page: Page, dialog: Locator): Promise<void> {
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
}

async function phoneAt(host: WebHost): Promise<string> {
  const detail = await apiCall<ClientDetail>(host, 'clients.get', { id: client.id });
  return detail.client.phone;
}

describe('sync screens between headquarters and a branch', () => {
  it('shows headquarters its own site on the Synchronizace screen', async () => {
    await openSyncScreen(hq);
    await hq.getByText('Toto pracoviště:').waitFor();
    const table = hq.getByRole('table', { name: 'Pracoviště organizace' });
    await table.getByRole('rowheader', { name: /Liberec/ }).waitFor();
    await shootWholePage(hq, join(screenshotDir, 'sync-screen-hq.png'));
  });

  it('enrols the branch Jablonec and shows its passphrase once', async () => {
    await hq.getByRole('button', { name: 'Přidat pobočku' }).click();
    const dialog = hq.getByRole('dialog', { name: 'Přidat pobočku' });
    await dialog.getByRole('textbox', { name: 'Název pobočky' }).fill('Jablonec');
    await dialog.getByRole('combobox', { name: 'Obec' }).fill('Jablonec');
    await hq.getByRole('option', { name: 'Jablonec nad Nisou' }).click();
    enrolment.file = await download(
      hq,
      dialog.getByRole('button', { name: 'Vytvořit soubor pobočky' }),
      'jablonec.pristav-enrol',
    );
    const shown = hq.getByRole('dialog', { name: 'Pobočka Jablonec je přidána' });
    await shown.getByText('Heslo se ukáže jen teď a jen jednou.', { exact: false }).waitFor();
    enrolment.passphrase = (await shown.locator('[data-passphrase]').innerText()).trim();
    expect(enrolment.passphrase.length).toBeGreaterThan(7);
    await shown.getByRole('button', { name: 'Zkopírovat heslo' }).waitFor();
    await shootElement(shown, join(screenshotDir, 'sync-passphrase.png'));

    await shown.getByRole('button', { name: 'Hotovo, heslo mám poznamenané' }).click();
    await shown.waitFor({ state: 'detached' });
    // Gone for good: reopening the dialog starts a new enrolment form.
    expect(await hq.getByText(enrolment.passphrase).count()).toBe(0);
    const table = hq.getByRole('table', { name: 'Pracoviště organizace' });
    await table.getByRole('rowheader', { name: 'Jablonec' }).waitFor();
  });

  it('joins the branch on its first-run screen, refusing a wrong passphrase', async () => {
    await branch.goto(branchHost.url);
    await branch.getByRole('heading', { level: 1, name: 'Založení pracoviště' }).waitFor();
    await branch.getByRole('tab', { name: 'Připojit pobočku k organizaci' }).click();
    await branch.locator('input[name="enrolment-file"]').setInputFiles(enrolment.file);
    await branch.getByRole('textbox', { name: 'Jednorázové heslo' }).fill('AAAA-BBBB-CCCC');
    await branch.getByRole('textbox', { name: 'Vaše jméno' }).fill('Jana Nová');
    await branch.getByLabel(/^Heslo správce\s*\*?$/).fill('pobocka-2026');
    await branch.getByLabel(/^Heslo správce znovu\s*\*?$/).fill('pobocka-2026');
    await branch.getByRole('button', { name: 'Připojit pobočku' }).click();
    const refusal = branch.getByRole('alert').filter({ hasText: 'Pobočku se nepodařilo připojit' });
    await refusal.waitFor();
    expect(await refusal.innerText()).toMatch(/heslo/i);
    // The demo-data offer stays beside the two ways to start.
    await branch.getByRole('heading', { level: 2, name: 'Jen si to chcete vyzkoušet?' }).waitFor();
    await shootWholePage(branch, join(screenshotDir, 'sync-join-first-run.png'));

    await branch.getByRole('textbox', { name: 'Jednorázové heslo' }).fill(enrolment.passphrase);
    await branch.getByRole('button', { name: 'Připojit pobočku' }).click();
    await branch.getByRole('heading', { level: 1, name: 'Jablonec' }).waitFor();
    await branch.getByText('Dobrý den, Jana Nová').waitFor();
    const status = await apiCall<SyncStatus>(branchHost, 'sync.status', {});
    expect(status.site.isHq).toBe(false);
    expect(status.sites.map((site) => site.name).sort()).toEqual(['Jablonec', 'Liberec']);
  });

  it('carries a client from headquarters to the branch through the screens', async () => {
    client = await apiCall<Client>(hqHost, 'clients.create', {
      familyName: 'Nguyễn',
      givenNames: 'Văn An',
      nationality: 'VN',
      birthDate: '1990-05-12',
      isConsentPending: true,
      phone: '+420 700 000 000',
    });
    const file = await exportFor(hq, 'Jablonec', 'hq-1.pristav-sync');
    const result = await importFile(branch, file);
    await result.getByText('Od: Liberec').waitFor();
    const arrived = result.getByRole('table', { name: /^Co přišlo v souboru/ });
    const fromHq = arrived.getByRole('row').filter({ hasText: 'Liberec' });
    expect((await fromHq.getByRole('cell').allInnerTexts())[0]).toBe('1');
    await shootElement(result, join(screenshotDir, 'sync-result.png'));
    await closeDialog(branch, result);
    expect(await phoneAt(branchHost)).toBe('+420 700 000 000');
  });

  it('puts the phone edited at both ends into "K posouzení" with both values', async () => {
    await apiCall(hqHost, 'clients.update', { id: client.id, changes: { phone: hqPhone } });
    await apiCall(branchHost, 'clients.update', { id: client.id, changes: { phone: branchPhone } });

    const toHq = await exportFor(branch, 'Liberec', 'branch-1.pristav-sync');
    const atHq = await importFile(hq, toHq);
    await atHq.getByText('Nové položky k posouzení: 1').waitFor();
    await closeDialog(hq, atHq);
    const toBranch = await exportFor(hq, 'Jablonec', 'hq-2.pristav-sync');
    await closeDialog(branch, await importFile(branch, toBranch));

    for (const page of [hq, branch]) {
      const link = nav(page).getByRole('link', { name: 'K posouzení 1' });
      await link.waitFor();
      await link.click();
      await page.getByRole('heading', { level: 1, name: 'K posouzení' }).waitFor();
      const item = page.getByRole('article', { name: /^Telefon – / });
      await item.getByRole('radio', { name: new RegExp(escape(hqPhone)) }).waitFor();
      await item.getByRole('radio', { name: new RegExp(escape(branchPhone)) }).waitFor();
      await item.getByText(/^Liberec · Petra Sovová · /).waitFor();
      await item.getByText(/^Jablonec · Jana Nová · /).waitFor();
      await item.getByText('Zobrazuje se').waitFor();
    }
    await shootWholePage(hq, join(screenshotDir, 'sync-review-queue.png'));
  });

  it('resolves the item at headquarters, and the choice reaches the branch', async () => {
    const item = hq.getByRole('article', { name: /^Telefon – / });
    // The value not shown now, so the choice visibly changes the record.
    const isHqShown =
      (await item
        .getByRole('radio', { name: new RegExp(`${escape(hqPhone)}.*Zobrazuje se`) })
        .count()) === 1;
    const expected = isHqShown ? branchPhone : hqPhone;
    const radio = item.getByRole('radio', { name: new RegExp(escape(expected)) });
    await radio.check();
    await item.getByRole('button', { name: /^Uložit volbu/ }).click();
    await hq.getByText('Nic k posouzení').waitFor();
    await expect
      .poll(() => nav(hq).getByRole('link', { name: 'K posouzení' }).innerText())
      .toBe('K posouzení');
    expect(await phoneAt(hqHost)).toBe(expected);

    const toBranch = await exportFor(hq, 'Jablonec', 'hq-3.pristav-sync');
    await closeDialog(branch, await importFile(branch, toBranch));
    const toHq = await exportFor(branch, 'Liberec', 'branch-2.pristav-sync');
    await closeDialog(hq, await importFile(hq, toHq));

    for (const [page, host] of [
      [hq, hqHost],
      [branch, branchHost],
    ] as const) {
      expect(await phoneAt(host)).toBe(expected);
      await nav(page).getByRole('link', { name: 'K posouzení' }).click();
      await page.getByText('Nic k posouzení').waitFor();
      await page.goto(`${new URL(host.url).origin}/#/clients/${client.id}`);
      await page.getByText(expected).first().waitFor();
    }
    await openSyncScreen(hq);
    const jablonec = hq
      .getByRole('table', { name: 'Pracoviště organizace' })
      .getByRole('row')
      .filter({ has: hq.getByRole('rowheader', { name: 'Jablonec' }) });
    // Files went both ways: neither "last file" column still says "not yet".
    expect(await jablonec.getByText('zatím ne').count()).toBe(0);
    await shootWholePage(hq, join(screenshotDir, 'sync-screen-after-exchange.png'));
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
