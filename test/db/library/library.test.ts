import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../../db/api.ts';
import type { Client } from '../../../db/contract/clients.ts';
import { isValidIsbn } from '../../../db/contract/library.ts';
import { countActsByType } from '../../../db/services/act-counts.ts';
import { openTempStore } from '../../helpers/temp-database.ts';
import { apiCalls } from '../../helpers/temp-api.ts';

let temp: Awaited<ReturnType<typeof openTempStore>>;
let api: Api;
let clients: Client[];
let now = Date.UTC(2026, 10, 2, 10);

const { ok } = apiCalls(() => api);
async function refused(method: string, input: unknown): Promise<string> {
  const result = await api.invoke(method, input, 'cs');
  if (result.ok) throw new Error(`${method} should have been refused`);
  return result.error.message;
}
const opsCount = () =>
  (temp.store.sqlite.prepare('SELECT count(*) AS n FROM ops').get() as { n: number }).n;

beforeEach(async () => {
  now = Date.UTC(2026, 10, 2, 10);
  temp = await openTempStore({ now: () => now });
  api = createApi(temp.store);
  clients = [];
  for (const familyName of ['Trần', 'Ivanov']) {
    clients.push(
      await ok('clients.create', {
        familyName,
        givenNames: 'Lan',
        nationality: 'VN',
        consentDate: '2026-11-01',
        phone: '777 123 456',
        email: 'lan@example.cz',
      }),
    );
  }
});
afterEach(() => temp.close());

describe('ISBN', () => {
  it('checks ISBN-10 and ISBN-13 check digits', () => {
    expect(isValidIsbn('80-7203-123-7')).toBe(false);
    expect(isValidIsbn('0-306-40615-2')).toBe(true);
    expect(isValidIsbn('978-0-306-40615-7')).toBe(true);
    expect(isValidIsbn('978-0-306-40615-8')).toBe(false);
  });
});

describe('the library', () => {
  it('lends, refuses a book with no copy left, returns and counts one act per loan', async () => {
    const book = await ok('books.create', {
      title: 'Truyện Kiều',
      author: 'Nguyễn Du',
      language: 'vi',
      copies: 1,
      shelfMark: 'VI-12',
    });
    expect(book.available).toBe(1);
    const loan = await ok('loans.lend', { bookId: book.id, clientId: clients[0]!.id });
    expect(loan).toMatchObject({ loanedOn: '2026-11-02', dueOn: '2026-12-02', isOverdue: false });
    const before = opsCount();
    expect(await refused('loans.lend', { bookId: book.id, clientId: clients[1]!.id })).toBe(
      'Kniha „Truyện Kiều“ nemá volný výtisk (půjčeno výtisků: 1 z 1).',
    );
    expect(opsCount()).toBe(before);
    now = Date.UTC(2026, 11, 10, 10);
    const returned = await ok('loans.return', { loanId: loan.id });
    expect(returned.returnedOn).toBe('2026-12-10');
    expect(await refused('loans.return', { loanId: loan.id })).toMatch(
      /už byla vrácena 2026-12-10/,
    );
    // A loan is one act of type library; its return is none.
    expect(countActsByType(temp.store, '2026-01-01', '2026-12-31')).toEqual([
      { type: 'library', acts: 1, clients: 1 },
    ]);
    const day = await ok('acts.day', {
      date: '2026-11-02',
    });
    expect(day.actsByType).toEqual([{ type: 'library', count: 1 }]);
    expect(day.acts).toMatchObject([{ source: 'loan', clientName: 'Trần Lan' }]);
    const timeline = await ok('acts.timeline', { clientId: clients[0]!.id });
    expect(timeline).toMatchObject([
      { source: 'loan', type: 'library', title: 'Truyện Kiều', date: '2026-11-02' },
    ]);
    const second = await ok('loans.lend', { bookId: book.id, clientId: clients[1]!.id });
    // A loan recorded by mistake is taken back: no act any more.
    await ok('loans.delete', { id: second.id });
    expect(countActsByType(temp.store, '2026-12-10', '2026-12-10')).toEqual([]);
    expect(
      await refused('loans.lend', {
        bookId: book.id,
        clientId: clients[1]!.id,
        dueDate: '2026-12-01',
      }),
    ).toBe('Datum vrácení 2026-12-01 je dřív než datum výpůjčky 2026-12-10.');
  });

  it('lists overdue loans with the borrower’s contact, and renews them', async () => {
    const book = await ok('books.create', {
      title: 'Мастер и Маргарита',
      author: 'Булгаков',
      language: 'ru',
      copies: 2,
    });
    const loan = await ok('loans.lend', {
      bookId: book.id,
      clientId: clients[1]!.id,
      date: '2026-10-01',
    });
    expect(loan.dueOn).toBe('2026-10-31');
    const overdue = await ok('loans.overdue', {});
    expect(overdue).toMatchObject([
      {
        isOverdue: true,
        client: { displayName: 'Ivanov Lan', phone: '777 123 456', email: 'lan@example.cz' },
      },
    ]);
    const renewed = await ok('loans.renew', { loanId: loan.id });
    expect(renewed).toMatchObject({ dueOn: '2026-12-02', renewals: 1, isOverdue: false });
    expect(await ok('loans.overdue', {})).toEqual([]);
  });

  it('refuses a renewal that would move the due date past 2100, writing nothing', async () => {
    const book = await ok('books.create', { title: 'Kobzar', language: 'uk', copies: 1 });
    const loan = await ok('loans.lend', {
      bookId: book.id,
      clientId: clients[0]!.id,
      dueDate: '2100-12-31',
    });
    const before = opsCount();
    expect(await refused('loans.renew', { loanId: loan.id, days: 90 })).toBe(
      'Prodloužením by datum vrácení připadlo na 2101-03-31, po 31. 12. 2100; prodlužte o méně dní.',
    );
    expect(opsCount()).toBe(before);
  });

  it('keeps at least as many copies as are on loan', async () => {
    const book = await ok('books.create', { title: 'Kobzar', language: 'uk', copies: 2 });
    await ok('loans.lend', { bookId: book.id, clientId: clients[0]!.id });
    await ok('loans.lend', { bookId: book.id, clientId: clients[1]!.id });
    expect(await refused('books.update', { id: book.id, changes: { copies: 1 } })).toBe(
      'Výtisků nemůže být méně (1), než kolik je jich právě půjčeno (2).',
    );
    expect((await ok('books.update', { id: book.id, changes: { copies: 3 } })).available).toBe(1);
  });

  it('finds books without diacritics and refuses a bad ISBN', async () => {
    await ok('books.create', { title: 'Truyện Kiều', author: 'Nguyễn Du', language: 'vi' });
    expect((await ok('books.search', { text: 'truyen nguyen' })).map((b) => b.title)).toEqual([
      'Truyện Kiều',
    ]);
    expect(
      await refused('books.create', { title: 'X', language: 'cs', isbn: '978-0-306-40615-8' }),
    ).toBe('Neplatné údaje: ISBN: neplatné ISBN (zkontrolujte číslice)');
  });
});
