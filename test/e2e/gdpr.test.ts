import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../db/api.ts';
import { openStore } from '../../db/open-app.ts';
import type { WebHost } from '../../scripts/web-host.ts';
import { makeTempDir } from '../helpers/temp-database.ts';
import { openBrowserSession, type BrowserSession } from './helpers/browser-session.ts';
import { shootElement, shootWholePage } from './helpers/screenshots.ts';

/**
 * Issue 12 (b)–(d) on the real screens: the GDPR export from the client's page, a client who
 * withdrew consent (the page says so, recording is disabled and says why), withdrawing
 * consent, and the retention list in the settings.
 */
const screenshotDir = join(import.meta.dirname, '..', '..', 'test-output', 'e2e');

let temp: ReturnType<typeof makeTempDir>;
let host: WebHost;
let page: Page;
let session: BrowserSession;
const ids: Record<string, string> = {};

beforeAll(async () => {
  temp = makeTempDir();
  const file = join(temp.dir, 'gdpr.sqlite');
  const store = await openStore({ file, mode: 'create' });
  const api = createApi(store);
  const ok = async (method: string, input: unknown) => {
    const result = await api.invoke(method, input, 'cs');
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as { id: string };
  };
  await ok('site.create', {
    name: 'Centrum Liberec',
    town: 'Liberec',
    isHq: true,
    adminName: 'Petra Sovová',
  });
  const client = (key: string, fields: Record<string, unknown>) =>
    ok('clients.create', { nationality: 'VN', consentDate: '2025-01-10', ...fields }).then(
      (created) => (ids[key] = created.id),
    );
  await client('hang', {
    familyName: 'Nguyễn',
    givenNames: 'Thị Thu Hằng',
    preferredLanguage: 'vi',
    firstContact: '2025-01-10',
  });
  await ok('acts.record', {
    clientId: ids.hang,
    type: 'social_legal_counselling',
    date: '2025-02-03',
    note: 'Prodloužení pobytu.',
  });
  await client('taras', { familyName: 'Ševčenko', givenNames: 'Taras', nationality: 'UA' });
  await ok('clients.update', { id: ids.taras, changes: { consentWithdrawn: '2025-06-30' } });
  await client('bat', {
    familyName: 'Batbayar',
    givenNames: 'Sarnai',
    nationality: 'MN',
    birthDate: '1979-08-14',
    consentDate: '2014-03-01',
    firstContact: '2014-03-01',
  });
  await ok('acts.record', { clientId: ids.bat, type: 'internet', date: '2016-05-02' });
  store.sqlite.close();
  session = await openBrowserSession(file);
  ({ host, page } = session);
});

afterAll(async () => {
  await session?.close();
  temp?.cleanup();
});

const shot = (name: string) => shootWholePage(page, join(screenshotDir, `gdpr-${name}.png`));

async function openClient(id: string, name: string) {
  await page.goto(`http://127.0.0.1:${host.port}/#/clients/${id}`);
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

describe('GDPR on the client screens', () => {
  it('downloads the data export as a PDF in the client’s language', async () => {
    await openClient(ids.hang!, 'Nguyễn Thị Thu Hằng');
    await page.getByRole('button', { name: 'Export údajů (GDPR)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export údajů o klientovi (GDPR)' });
    await dialog.waitFor();
    expect(await dialog.getByRole('combobox', { name: 'Jazyk PDF' }).inputValue()).toBe(
      'Tiếng Việt',
    );
    await shootElement(dialog, join(screenshotDir, 'gdpr-export-dialog.png'));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Stáhnout' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^vypis-osobnich-udaju-\d{4}-\d{2}-\d{2}-vi\.pdf$/,
    );
    const file = join(temp.dir, 'export.pdf');
    await download.saveAs(file);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Bản trích lục dữ liệu cá nhân');
    expect(text).toContain('Nguyễn Thị Thu Hằng');
    expect(text).toContain('Prodloužení pobytu.');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('says a client withdrew consent and why recording a service is disabled', async () => {
    await openClient(ids.taras!, 'Ševčenko Taras');
    const notice = page.getByRole('alert').filter({
      hasText: 'Souhlas se zpracováním osobních údajů je odvolán',
    });
    await notice.getByText('Souhlas byl odvolán 30. 6. 2025.', { exact: false }).waitFor();
    const record = page.getByRole('button', { name: 'Zapsat službu' });
    expect(await record.isDisabled()).toBe(true);
    await page.getByText('Zápis není možný: souhlas je odvolán.').waitFor();
    expect(await record.getAttribute('aria-describedby')).toBe('client-record-blocked');
    expect(await page.getByRole('button', { name: 'Odvolat souhlas' }).count()).toBe(0);
    await shot('consent-withdrawn');
  });

  it('withdraws consent from the client’s page with a date', async () => {
    await openClient(ids.hang!, 'Nguyễn Thị Thu Hằng');
    await page.getByRole('button', { name: 'Odvolat souhlas' }).click();
    const dialog = page.getByRole('dialog', { name: 'Odvolání souhlasu se zpracováním údajů' });
    await dialog.waitFor();
    await shootElement(dialog, join(screenshotDir, 'gdpr-withdraw-dialog.png'));
    await dialog.getByRole('button', { name: 'Zapsat odvolání' }).click();
    await page.getByText('Souhlas se zpracováním osobních údajů je odvolán').waitFor();
    expect(await page.getByRole('button', { name: 'Zapsat službu' }).isDisabled()).toBe(true);
  });

  it('lists the clients with no contact for five years in the settings and anonymises them', async () => {
    await page.goto(`http://127.0.0.1:${host.port}/#/settings`);
    await page.getByRole('link', { name: 'Klienti k anonymizaci' }).click();
    await page.getByRole('heading', { level: 1, name: 'Klienti k anonymizaci' }).waitFor();
    const table = page.getByRole('table', { name: 'Klienti k anonymizaci' });
    await table
      .getByRole('row', { name: /Batbayar Sarnai.*Mongolsko.*1979.*2\. 5\. 2016/ })
      .waitFor();
    expect(await table.getByRole('row').count()).toBe(2);
    await shot('retention-list');
    await page.getByRole('button', { name: 'Anonymizovat 1 klienta' }).click();
    const confirm = page.getByRole('dialog', { name: 'Anonymizovat klienty?' });
    await confirm.getByRole('button', { name: 'Anonymizovat 1 klienta' }).click();
    await page.getByText('Žádný klient nebyl bez kontaktu po celou dobu uchování údajů.').waitFor();
    await openClient(ids.bat!, 'Anonymizovaný klient');
    await page.getByText('Záznam je anonymizovaný', { exact: true }).waitFor();
    await shot('anonymised-client');
  });

  it('erases a person at HQ after the reason and the family name typed again', async () => {
    await openClient(ids.hang!, 'Nguyễn Thị Thu Hằng');
    await page.getByRole('button', { name: 'Vymazat osobu (GDPR)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Výmaz osoby na její žádost (GDPR)' });
    const confirm = dialog.getByRole('button', { name: 'Vymazat natrvalo' });
    await dialog.getByRole('textbox', { name: 'Důvod výmazu' }).fill('žádost ze dne 2. 12. 2026');
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.getByRole('textbox', { name: /Pro potvrzení napište příjmení/ }).fill('Nguyễn');
    await shootElement(dialog, join(screenshotDir, 'gdpr-erase-dialog.png'));
    await confirm.click();
    await page.getByText('Osoba je vymazaná').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Klienti' }).waitFor();
    await page.goto(`http://127.0.0.1:${host.port}/#/clients/${ids.hang}`);
    await page
      .getByText(/nebyl nalezen|neexistuje/)
      .first()
      .waitFor();
  });

  it('shows the access audit to the admin, filtered, and exports it', async () => {
    await page.goto(`http://127.0.0.1:${host.port}/#/settings`);
    await page.getByRole('link', { name: 'Otevřít záznam o přístupech' }).click();
    await page.getByRole('heading', { level: 1, name: 'Záznam o přístupech' }).waitFor();
    const table = page.getByRole('table', { name: 'Záznam o přístupech' });
    await table
      .getByRole('row', { name: /otevření záznamu/ })
      .first()
      .waitFor();
    await table
      .getByRole('row', { name: /export údajů \(GDPR\)/ })
      .first()
      .waitFor();
    await shot('audit');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exportovat CSV' }).click(),
    ]);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFKdy;Co;Kdo;Klient;Podrobnosti');
    expect(csv).toContain(';open;Petra Sovová;');
    await page.getByRole('textbox', { name: 'Od' }).fill('1. 1. 2099');
    await page.getByText('Filtru neodpovídá žádný záznam.').waitFor();
  });
});
