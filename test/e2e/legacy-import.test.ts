import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientSummary } from '../../db/contract/clients.ts';
import type { WebHost } from '../../scripts/web-host.ts';
import { makeTempDir } from '../helpers/temp-database.ts';
import type { TestBrowser } from './helpers/browser.ts';
import {
  createHqSite,
  openBrowserSession,
  type BrowserSession,
} from './helpers/browser-session.ts';
import { writeLegacyRegister } from './helpers/legacy-register.ts';
import { apiCall, screenshotDir } from './helpers/library-helpers.ts';
import { shootElement, shootWholePage } from './helpers/screenshots.ts';

let temp: ReturnType<typeof makeTempDir>;
let host: WebHost;
let browser: TestBrowser;
let page: Page;
let session: BrowserSession;
/** The register with an unknown country on line 4 of clients.csv, and the same one fixed. */
const register: { faulty: string[]; fixedFolder: string } = { faulty: [], fixedFolder: '' };

beforeAll(async () => {
  temp = makeTempDir();
  const file = join(temp.dir, 'import.sqlite');
  await createHqSite(file);
  register.faulty = await writeLegacyRegister(join(temp.dir, 'faulty'), 'Atlantida');
  // A list kept beside the register that is none of the import's tables.
  const lecturers = join(temp.dir, 'faulty', 'lektori.csv');
  await writeFile(lecturers, 'Jméno;Telefon\r\nJana Dvořáková;602 000 111\r\n');
  register.faulty.push(lecturers);
  register.fixedFolder = join(temp.dir, 'fixed', 'Jablonec 2009');
  await writeLegacyRegister(register.fixedFolder, 'Mongolsko');
  session = await openBrowserSession(file, { heading: 'Centrum Liberec' });
  ({ host, browser, page } = session);
});

afterAll(async () => {
  await session?.close();
  temp?.cleanup();
});

describe('the legacy import in the browser', () => {
  it('opens from the settings', async () => {
    await page
      .getByRole('navigation', { name: 'Hlavní navigace' })
      .getByRole('link', { name: 'Nastavení' })
      .click();
    const entry = page.getByRole('region', { name: 'Import starých evidencí' });
    await shootElement(entry, join(screenshotDir, 'import-settings-entry.png'));
    await entry.getByRole('link', { name: 'Import starých evidencí' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import starých evidencí' }).waitFor();
  });

  it('leaves out a dropped file that is neither CSV nor XLSX, and says so', async () => {
    // Written as page code: the Node typings of the tests have no DOM.
    const transfer = await page.evaluateHandle(`(() => {
      const dropped = new DataTransfer();
      dropped.items.add(new File(['poznámky'], 'popis.txt', { type: 'text/plain' }));
      return dropped;
    })()`);
    await page
      .getByText('Přetáhněte sem soubory nebo celou složku')
      .dispatchEvent('drop', { dataTransfer: transfer });
    await page.getByText('Vynechané soubory (nejsou CSV ani XLSX): popis.txt').waitFor();
    await page.getByText('Zatím nejsou vybrané žádné soubory.').waitFor();
  });

  it('takes the files from the file input and asks for the source name', async () => {
    await page.locator('input[name="import-files"]').setInputFiles(register.faulty);
    const chosen = page.getByRole('list', { name: 'Vybrané soubory' });
    for (const name of [
      'clients.csv',
      'services.csv',
      'courses.csv',
      'attendance.csv',
      'lektori.csv',
    ]) {
      await chosen.getByText(name, { exact: true }).waitFor();
    }
    await page.getByRole('button', { name: 'Načíst a přiřadit sloupce' }).click();
    await page.getByText('Vyplňte název zdroje.').waitFor();
    await page.getByRole('textbox', { name: 'Název zdroje' }).fill('Jablonec 2009');
    await shootWholePage(page, join(screenshotDir, 'import-choose.png'));
    await page.getByRole('button', { name: 'Načíst a přiřadit sloupce' }).click();
  });

  it('recognises the Czech headers and the Windows-1250 file, and blocks on a missing column', async () => {
    const clients = page.getByRole('region', { name: 'Klienti' });
    await clients
      .getByText('clients.csv · Kódování: Windows-1250 · Oddělovač: středník (;) · 3 řádky')
      .waitFor();
    const mapping = clients.getByRole('table', { name: 'Přiřazení sloupců – Klienti' });
    const fileColumn = (label: string) =>
      mapping.getByRole('combobox', { name: `Sloupec souboru pro údaj ${label}` });
    expect(await fileColumn('Příjmení').inputValue()).toBe('Příjmení');
    expect(await fileColumn('Datum narození').inputValue()).toBe('Datum narození');
    expect(await fileColumn('Typ pobytu').inputValue()).toBe('Pobyt');
    const courses = page.getByRole('region', { name: 'Kurzy' });
    await courses
      .getByText('courses.csv · Kódování: UTF-8 · Oddělovač: středník (;) · 1 řádek')
      .waitFor();

    // "Země původu" is no header Přístav knows: the required nationality has none.
    await clients.getByText('Chybí povinné sloupce: Státní příslušnost').waitFor();
    await page.getByRole('alert').filter({ hasText: 'Klienti: Státní příslušnost' }).waitFor();
    expect(await page.getByRole('button', { name: 'Zkontrolovat data' }).isDisabled()).toBe(true);
    await shootWholePage(page, join(screenshotDir, 'import-map-missing.png'));

    await fileColumn('Státní příslušnost').selectOption('Země původu');
    await clients.getByText('Chybí povinné sloupce').waitFor({ state: 'detached' });
    await page
      .getByRole('listitem')
      .filter({ hasText: 'lektori.csv – není žádnou z tabulek importu' })
      .waitFor();
    const preview = clients.getByRole('table', { name: 'Ukázka – Klienti' });
    await preview.getByRole('columnheader', { name: 'Státní příslušnost' }).waitFor();
    await preview.getByRole('row').filter({ hasText: 'Ševčenko' }).getByText('Ukrajina').waitFor();
    await preview.getByRole('cell', { name: 'Atlantida' }).waitFor();
    await shootWholePage(page, join(screenshotDir, 'import-map.png'));
  });

  it('lists the unknown country as file:line: column: message and writes nothing', async () => {
    await page.getByRole('button', { name: 'Zkontrolovat data' }).click();
    await page.getByRole('heading', { name: 'Nalezené problémy (1)' }).waitFor();
    const problems = page.getByRole('list', { name: 'Seznam problémů' });
    expect(await problems.getByRole('listitem').allInnerTexts()).toEqual([
      'clients.csv:4: Země původu: neznámá země „Atlantida“',
    ]);
    await page.getByText('Nalezené problémy: 1; nic nebylo zapsáno.').waitFor();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(host.url).origin,
    });
    await page.getByRole('button', { name: 'Zkopírovat seznam' }).click();
    await page.getByRole('button', { name: 'Zkopírováno' }).waitFor();
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(
      'clients.csv:4: Země původu: neznámá země „Atlantida“',
    );
    expect(await page.getByRole('button', { name: 'Importovat', exact: true }).count()).toBe(0);
    await shootWholePage(page, join(screenshotDir, 'import-check-problems.png'));
    expect(await searchClients('Ševčenko')).toEqual([]);
  });

  it('checks the fixed folder with the mapping kept, and shows what the import will write', async () => {
    await page.getByRole('button', { name: 'Vybrat opravené soubory' }).click();
    await page.locator('input[name="import-folder"]').setInputFiles(register.fixedFolder);
    await page
      .getByRole('list', { name: 'Vybrané soubory' })
      .getByText('Jablonec 2009/clients.csv')
      .waitFor();
    await page.getByRole('button', { name: 'Načíst a přiřadit sloupce' }).click();
    const clients = page.getByRole('region', { name: 'Klienti' });
    await clients
      .getByRole('table', { name: 'Ukázka – Klienti' })
      .getByRole('cell', { name: 'Mongolsko' })
      .waitFor();
    await page.getByRole('button', { name: 'Zkontrolovat data' }).click();

    await page.getByRole('heading', { name: 'Data jsou v pořádku' }).waitFor();
    expect(await countsShown()).toEqual([
      ['Klienti', '3'],
      ['Úkony služeb', '2'],
      ['Kurzy', '1'],
      ['Lekce', '2'],
      ['Záznamy docházky', '3'],
    ]);
    await shootWholePage(page, join(screenshotDir, 'import-check-ok.png'));
    expect(await searchClients('Ševčenko')).toEqual([]);
  });

  it('imports in one go and leads to the register, where the clients are found', async () => {
    await page.getByRole('button', { name: 'Importovat', exact: true }).click();
    await page.getByRole('heading', { name: 'Import je hotový' }).waitFor();
    expect(await countsShown()).toEqual([
      ['Klienti', '3'],
      ['Úkony služeb', '2'],
      ['Kurzy', '1'],
      ['Lekce', '2'],
      ['Záznamy docházky', '3'],
    ]);
    await page.getByRole('link', { name: 'Otevřít přehledy' }).waitFor();
    await shootWholePage(page, join(screenshotDir, 'import-done.png'));

    await page.getByRole('link', { name: 'Otevřít evidenci klientů' }).click();
    const search = page.getByRole('combobox', { name: 'Hledat klienta' });
    await search.fill('Ševčenko');
    await page.getByRole('option', { name: /Ševčenko Taras/ }).waitFor();
    await search.fill('kovalcukova');
    await page.getByRole('option', { name: /Kovalčuková Oksana/ }).waitFor();
    await shootWholePage(page, join(screenshotDir, 'import-clients.png'));
  });

  it('changes nothing when the same source is imported again', async () => {
    await page.getByRole('link', { name: 'Import starých evidencí' }).click();
    await page.locator('input[name="import-folder"]').setInputFiles(register.fixedFolder);
    // Named after the folder: the same source as before.
    expect(await page.getByRole('textbox', { name: 'Název zdroje' }).inputValue()).toBe(
      'Jablonec 2009',
    );
    await page.getByRole('button', { name: 'Načíst a přiřadit sloupce' }).click();
    const nationality = page
      .getByRole('region', { name: 'Klienti' })
      .getByRole('combobox', { name: 'Sloupec souboru pro údaj Státní příslušnost' });
    await nationality.selectOption('Země původu');
    await page.getByRole('button', { name: 'Zkontrolovat data' }).click();
    await page.getByText('Vše z těchto souborů už v evidenci je; import nic nezmění.').waitFor();
    await page.getByRole('button', { name: 'Importovat', exact: true }).click();
    await page.getByText('Tyto soubory už byly importovány dříve; nic se nezměnilo.').waitFor();
    const found = await searchClients('Ševčenko');
    expect(found.map((client) => client.displayName)).toEqual(['Ševčenko Taras']);
  });
});

/** The summary table's rows as [what, count]. */
async function countsShown(): Promise<string[][]> {
  const rows = page.getByRole('table', { name: 'Souhrn importu' }).locator('tbody tr');
  return rows.evaluateAll((elements) =>
    elements.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.innerText)),
  );
}

function searchClients(text: string): Promise<ClientSummary[]> {
  return apiCall<ClientSummary[]>(host, 'clients.search', { text });
}
