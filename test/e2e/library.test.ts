import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../db/contract/clients.ts';
import { todayIso } from '../../db/contract/dates.ts';
import type { Book, Loan } from '../../db/contract/library.ts';
import type { TimelineEntry } from '../../db/contract/services.ts';
import type { WebHost } from '../../scripts/web-host.ts';
import { makeTempDir } from '../helpers/temp-database.ts';
import type { TestBrowser } from './helpers/browser.ts';
import { openBrowserSession, type BrowserSession } from './helpers/browser-session.ts';
import {
  addDays,
  apiCall as callApi,
  bookRow,
  createLibrarySite,
  czechDate,
  expectFieldError,
  expectFocused,
  openLibrary,
  screenshot as takeScreenshot,
} from './helpers/library-helpers.ts';

const today = todayIso();

let temp: ReturnType<typeof makeTempDir>;
let host: WebHost;
let browser: TestBrowser;
let page: Page;
let session: BrowserSession;
const people: { lan?: Client; sergej?: Client } = {};

beforeAll(async () => {
  temp = makeTempDir();
  const file = join(temp.dir, 'library.sqlite');
  Object.assign(people, await createLibrarySite(file, today));
  session = await openBrowserSession(file, { heading: 'Centrum Liberec' });
  ({ host, browser, page } = session);
});

afterAll(async () => {
  await session?.close();
  temp?.cleanup();
});

describe('the library in the browser', () => {
  it('opens from the menu with the catalogue search focused', async () => {
    await openLibrary(page);
    await page.getByText('Katalog je zatím prázdný.', { exact: false }).waitFor();
  });

  it('adds Truyện Kiều to the catalogue, refusing a wrong ISBN next to the field', async () => {
    await page.getByRole('button', { name: 'Nová kniha' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nová kniha' });
    const title = dialog.getByRole('textbox', { name: 'Název', exact: true });
    await expectFocused(title);
    await title.fill('Truyện Kiều');
    await dialog.getByRole('textbox', { name: 'Autor', exact: true }).fill('Nguyễn Du');
    await dialog.getByRole('combobox', { name: 'Jazyk knihy' }).fill('viet');
    await page.getByRole('option', { name: 'vietnamština' }).click();
    const isbn = dialog.getByRole('textbox', { name: 'ISBN', exact: true });
    await isbn.fill('978-0-306-40615-8');
    await isbn.press('Tab');
    await expectFieldError(page, isbn, 'neplatné ISBN (zkontrolujte číslice)');
    await dialog.getByRole('textbox', { name: 'Signatura', exact: true }).fill('VI-12');
    await screenshot('book-form-isbn');

    await isbn.fill('978-0-306-40615-7');
    await dialog.getByRole('button', { name: 'Přidat do katalogu' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = bookRow(page, 'Truyện Kiều');
    await row.getByText('vietnamština').waitFor();
    await row.getByText('1 / 1').waitFor();
    await row.getByText('VI-12').waitFor();
  });

  it('lends it to Trần Thị Lan from the keyboard, due in 30 days', async () => {
    // A second desk that still shows the catalogue from before the loan.
    const otherDesk = await browser.context.newPage();
    await otherDesk.goto(host.url);
    await openLibrary(otherDesk);
    await bookRow(otherDesk, 'Truyện Kiều').getByText('1 / 1').waitFor();

    // Still on the catalogue, where the new book was added.
    await page.bringToFront();
    const search = page.getByRole('searchbox', { name: 'Hledat v katalogu' });
    await search.focus();
    await search.pressSequentially('truyen kieu');
    await bookRow(page, 'Truyện Kiều').waitFor();
    await page.getByText('1 titul').waitFor();
    await search.press('Enter');
    await expectFocused(page.getByRole('button', { name: 'Půjčit knihu Truyện Kiều' }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Půjčit knihu' });
    const borrower = dialog.getByRole('combobox', { name: 'Čtenář (klient)' });
    await expectFocused(borrower);
    await page.keyboard.type('tran lan');
    await dialog.getByRole('option', { name: /Trần Thị Lan/ }).waitFor();
    await screenshot('lend-dialog-search');
    await page.keyboard.press('Enter');
    await dialog.getByText('Trần Thị Lan', { exact: true }).waitFor();
    const dueDate = dialog.getByRole('textbox', { name: 'Vrátit do' });
    expect(await dueDate.inputValue()).toBe(czechDate(addDays(today, 30)));
    await expectFocused(dialog.getByRole('button', { name: 'Půjčit', exact: true }));
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    // Ready for the next book.
    await expectFocused(search);

    const row = bookRow(page, 'Truyện Kiều');
    await row.getByText('nedostupná').waitFor();
    await row.getByText('Jediný výtisk je půjčený.').waitFor();
    expect(await row.getByRole('button', { name: /^Půjčit/ }).isDisabled()).toBe(true);
    await page
      .getByRole('region', { name: 'Půjčujete pro' })
      .getByText('má půjčenu 1 knihu', { exact: false })
      .waitFor();
    await screenshot('catalogue-lent');

    // The other desk tries to lend the same (only) copy to Ivanov Sergej.
    await otherDesk.bringToFront();
    await bookRow(otherDesk, 'Truyện Kiều')
      .getByRole('button', { name: /^Půjčit/ })
      .click();
    const stale = otherDesk.getByRole('dialog', { name: 'Půjčit knihu' });
    await stale.getByRole('combobox', { name: 'Čtenář (klient)' }).pressSequentially('ivanov');
    await stale.getByRole('option', { name: /Ivanov Sergej/ }).waitFor();
    await otherDesk.keyboard.press('Enter');
    await stale.getByRole('button', { name: 'Půjčit', exact: true }).click();
    await stale
      .getByRole('alert')
      .getByText('Kniha „Truyện Kiều“ nemá volný výtisk (půjčeno výtisků: 1 z 1).')
      .waitFor();
    await screenshot('lend-refused', otherDesk);
    await stale.getByRole('button', { name: 'Zrušit' }).click();
    // Refused for want of a copy, the desk's catalogue catches up.
    await bookRow(otherDesk, 'Truyện Kiều').getByText('nedostupná').waitFor();
    await otherDesk.close();
    await page.bringToFront();

    const lanLoans = await apiCall<Loan[]>('loans.forClient', { clientId: people.lan!.id });
    const sergejLoans = await apiCall<Loan[]>('loans.forClient', {
      clientId: people.sergej!.id,
    });
    expect(lanLoans).toMatchObject([
      { book: { title: 'Truyện Kiều' }, loanedOn: today, dueOn: addDays(today, 30) },
    ]);
    expect(sergejLoans).toEqual([]);
  });

  it('returns it from Trần Thị Lan’s loans, which counts one library act', async () => {
    await page
      .getByRole('region', { name: 'Půjčujete pro' })
      .getByRole('button', { name: 'Výpůjčky čtenáře' })
      .click();
    const open = page.getByRole('table', { name: 'Půjčené knihy klienta Trần Thị Lan' });
    const loan = open.getByRole('row', { name: /Truyện Kiều/ });
    await loan.getByText(czechDate(addDays(today, 30))).waitFor();
    await screenshot('client-loans');
    await loan.getByRole('button', { name: /^Vrátit/ }).click();
    await page.getByText('Klient nemá nic půjčeno.').waitFor();
    await page
      .getByRole('table', { name: 'Vrácené knihy klienta Trần Thị Lan' })
      .getByRole('row', { name: /Truyện Kiều/ })
      .waitFor();
    await screenshot('client-returned');

    const [returned] = await apiCall<Loan[]>('loans.forClient', { clientId: people.lan!.id });
    expect(returned!.returnedOn).toBe(today);
    const timeline = await apiCall<TimelineEntry[]>('acts.timeline', {
      clientId: people.lan!.id,
    });
    expect(timeline).toMatchObject([
      { source: 'loan', type: 'library', title: 'Truyện Kiều', date: today },
    ]);
    expect(timeline).toHaveLength(1);

    // Another client's loans, picked by name from the keyboard.
    await page.getByRole('button', { name: 'Jiný čtenář' }).click();
    const picker = page.getByRole('combobox', { name: 'Čtenář (klient)' });
    await expectFocused(picker);
    await picker.pressSequentially('ivanov');
    await page.getByRole('option', { name: /Ivanov Sergej/ }).waitFor();
    await picker.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Ivanov Sergej' }).waitFor();
    await page.getByText('Klient nemá nic půjčeno.').waitFor();
  });

  it('lists a loan 10 days overdue with the borrower’s phone, and renews it', async () => {
    const book = await apiCall<Book>('books.create', {
      title: 'Мастер и Маргарита',
      author: 'Михаил Булгаков',
      language: 'ru',
      shelfMark: 'RU-3',
    });
    await apiCall<Loan>('loans.lend', {
      bookId: book.id,
      clientId: people.sergej!.id,
      date: addDays(today, -40),
    });

    await page.reload();
    const tab = page.getByRole('tab', { name: 'Po termínu: 1' });
    await tab.click();
    const table = page.getByRole('table', { name: 'Výpůjčky po termínu' });
    const row = table.getByRole('row', { name: /Мастер и Маргарита/ });
    await row.getByText('Ivanov Sergej').waitFor();
    await row.getByText('603 987 654').waitFor();
    await row.getByText('sergej.ivanov@example.cz').waitFor();
    await row.getByRole('cell', { name: '10', exact: true }).waitFor();
    await row.getByText(czechDate(addDays(today, -10))).waitFor();
    await screenshot('overdue');

    await row.getByRole('button', { name: /^Prodloužit/ }).click();
    await page.getByText('Žádná výpůjčka není po termínu.').waitFor();
    await page.getByRole('tab', { name: 'Po termínu', exact: true }).waitFor();
    expect(await apiCall<Loan[]>('loans.overdue', {})).toEqual([]);
  });

  it('takes a client handed over by the reception as the borrower', async () => {
    await page.goto(`http://127.0.0.1:${host.port}/#/library?client=${people.sergej!.id}`);
    const strip = page.getByRole('region', { name: 'Půjčujete pro' });
    await strip.getByText('Ivanov Sergej').waitFor();
    await strip.getByText('má půjčenu 1 knihu', { exact: false }).waitFor();
    await bookRow(page, 'Truyện Kiều')
      .getByRole('button', { name: /^Půjčit/ })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Půjčit knihu' });
    await dialog.getByText('Ivanov Sergej', { exact: true }).waitFor();
    await expectFocused(dialog.getByRole('button', { name: 'Půjčit', exact: true }));
    // Another borrower after all: the first Escape clears the name, the second closes.
    await dialog.getByRole('button', { name: 'Jiný čtenář' }).click();
    const borrower = dialog.getByRole('combobox', { name: 'Čtenář (klient)' });
    await expectFocused(borrower);
    await borrower.fill('tran');
    await borrower.press('Escape');
    expect(await borrower.inputValue()).toBe('');
    expect(await dialog.isVisible()).toBe(true);
    await borrower.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('adds a second copy of Мастер и Маргарита, so it can be lent again', async () => {
    const row = bookRow(page, 'Мастер и Маргарита');
    expect(await row.getByRole('button', { name: /^Půjčit/ }).isDisabled()).toBe(true);
    await row.getByRole('button', { name: 'Upravit knihu Мастер и Маргарита' }).click();
    const dialog = page.getByRole('dialog', { name: 'Upravit knihu' });
    const copies = dialog.getByRole('textbox', { name: 'Počet výtisků' });
    await copies.fill('2');
    await dialog.getByRole('button', { name: 'Uložit změny' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByText('1 / 2').waitFor();
    expect(await row.getByRole('button', { name: /^Půjčit/ }).isDisabled()).toBe(false);
  });

  it('speaks English when switched', async () => {
    await page.getByRole('radiogroup', { name: 'Jazyk' }).getByText('English').click();
    await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    const table = page.getByRole('table', { name: 'Book catalogue' });
    await table.getByRole('columnheader', { name: 'Copies available / total' }).waitFor();
    await table
      .getByRole('row', { name: /Truyện Kiều/ })
      .getByText('Vietnamese')
      .waitFor();
    await screenshot('catalogue-en');
    await page.getByRole('tab', { name: 'Overdue' }).click();
    await page.getByText('No loan is overdue.').waitFor();
    await page.getByRole('radiogroup', { name: 'Language' }).getByText('Čeština').click();
    await page.getByRole('heading', { level: 1, name: 'Knihovna' }).waitFor();
  });
});

const screenshot = (name: string, target: Page = page) => takeScreenshot(target, `library-${name}`);
const apiCall = <T>(method: string, input: unknown) => callApi<T>(host, method, input);
