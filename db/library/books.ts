import type { NotNull } from 'kysely';
import type { z } from 'zod';
import type { Book, bookCreateInput } from '../contract/library.ts';
import { runWrite, writeRow } from '../changes/index.ts';
import { foldTokens, phoneticToken, searchNames } from '../text/name-keys.ts';
import { PristavError } from '../errors.ts';
import { newId } from '../ids.ts';
import { selectAll, selectFirst } from '../query.ts';
import type { BooksTable } from '../schema.ts';
import type { Store } from '../store.ts';

type BookRow = BooksTable & { on_loan: number };

/**
 * The catalogue's titles with how many of their copies are out now (a count is never NULL;
 * Kysely types every scalar subquery as nullable, hence the narrowing).
 */
function selectBooks(store: Store) {
  return store.db
    .selectFrom('books as b')
    .selectAll('b')
    .select((eb) =>
      eb
        .selectFrom('loans as l')
        .select(eb.fn.countAll<number>().as('count'))
        .whereRef('l.book_id', '=', 'b.id')
        .where('l.deleted', '=', 0)
        .where('l.returned_on', 'is', null)
        .as('on_loan'),
    )
    .where('b.deleted', '=', 0)
    .$narrowType<{ on_loan: NotNull }>();
}

function toBook(row: BookRow): Book {
  return {
    id: row.id,
    title: row.title,
    author: row.author,
    language: row.language,
    isbn: row.isbn,
    copies: row.copies,
    shelfMark: row.shelf_mark,
    available: Math.max(0, row.copies - row.on_loan),
  };
}

export function readBook(store: Store, id: string): Book {
  const row = selectFirst(store, selectBooks(store).where('b.id', '=', id));
  if (!row) throw new PristavError('NOT_FOUND', { what: id });
  return toBook(row);
}

/**
 * The catalogue is small (hundreds of titles): folded matching in memory, Czech order. Titles
 * and authors are folded as client names are, Cyrillic in every romanisation (Война → vojna,
 * voyna), and each word also matches by its phonetic key (Ševčenko, Shevchenko → sevcenko).
 */
export function searchBooks(store: Store, text: string): Book[] {
  const tokens = foldTokens(text);
  const collator = new Intl.Collator('cs');
  return selectAll(store, selectBooks(store))
    .filter((row) => {
      const words = searchNames(`${row.title} ${row.author} ${row.isbn} ${row.shelf_mark}`);
      const haystack = ` ${words}`;
      const phonetic = ` ${words.split(' ').map(phoneticToken).join(' ')}`;
      // A word's start matches (as the client search's prefixes do) anywhere in the text.
      return tokens.every(
        (token) => haystack.includes(token) || phonetic.includes(` ${phoneticToken(token)}`),
      );
    })
    .map(toBook)
    .sort((a, b) => collator.compare(a.title, b.title));
}

export function createBook(
  store: Store,
  author: string | null,
  input: z.output<typeof bookCreateInput>,
): Book {
  return runWrite(store, author, (w) => {
    const id = newId();
    writeRow(w, 'books', id, {
      title: input.title,
      author: input.author,
      language: input.language,
      isbn: input.isbn,
      copies: input.copies,
      shelf_mark: input.shelfMark,
    });
    return readBook(store, id);
  });
}

export function updateBook(
  store: Store,
  author: string | null,
  id: string,
  changes: Partial<z.output<typeof bookCreateInput>>,
): Book {
  return runWrite(store, author, (w) => {
    const book = readBook(store, id);
    const onLoan = book.copies - book.available;
    if (changes.copies !== undefined && changes.copies < onLoan) {
      throw new PristavError('COPIES_ON_LOAN', { copies: changes.copies, onLoan });
    }
    writeRow(w, 'books', id, {
      ...(changes.title === undefined ? {} : { title: changes.title }),
      ...(changes.author === undefined ? {} : { author: changes.author }),
      ...(changes.language === undefined ? {} : { language: changes.language }),
      ...(changes.isbn === undefined ? {} : { isbn: changes.isbn }),
      ...(changes.copies === undefined ? {} : { copies: changes.copies }),
      ...(changes.shelfMark === undefined ? {} : { shelf_mark: changes.shelfMark }),
    });
    return readBook(store, id);
  });
}
