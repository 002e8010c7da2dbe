import type { z } from 'zod';
import type { Book, bookCreateInput } from '../../../db/contract/index.ts';

/** What the book form holds; emptyBookForm and bookToForm fill every field, so inputs stay controlled. */
export type BookFormValues = z.input<typeof bookCreateInput>;
/** What the form hands over once the contract's schema has accepted it. */
export type BookFormOutput = z.output<typeof bookCreateInput>;

export function emptyBookForm(): BookFormValues {
  return { title: '', author: '', language: '', isbn: '', copies: 1, shelfMark: '' };
}

export function bookToForm(book: Book): BookFormValues {
  return {
    title: book.title,
    author: book.author,
    language: book.language,
    isbn: book.isbn,
    copies: book.copies,
    shelfMark: book.shelfMark,
  };
}
