import type { z } from 'zod';
import type { Book, bookCreateInput } from '../contract/library.ts';
import { runWrite, writeRow } from '../changes/index.ts';
import { foldTokens, phoneticToken, searchNames } from '../text/name-keys.ts';
import { PristavError } from '../errors.ts';
import { newId } from '../ids.ts';
import type { BooksTable } from '../schema.ts';
import { prepared, type Store } from '../store.ts';

type BookRow = BooksTable & { on_loan: number };

const selectBooks = `SELECT b.*, (SELECT count(*) FROM loans l WHERE l.book_id = b.id AND l.deleted = 0
  AND l.returned_on IS NULL) AS on_loan FROM books b WHERE b.deleted = 0`;

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
  const row = prepared(store, `${selectBooks} AND b.id = ?`).get(id) as BookRow | undefined;
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
  return (prepared(store, selectBooks).all() as BookRow[])
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
