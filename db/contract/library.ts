import { z } from 'zod';
import type { ClientSummary } from './clients.ts';
import {
  boundedInt,
  cleanText,
  eventDate,
  isoDate,
  recordId,
  requiredText,
} from './input-rules.ts';

/** The foreign-language library: catalogue and loans (a loan is one act of type library). */

export interface Book {
  id: string;
  title: string;
  author: string;
  /** ISO 639-1 code of the book's language. */
  language: string;
  isbn: string;
  copies: number;
  shelfMark: string;
  /** Copies not out on loan now. */
  available: number;
}

export interface Loan {
  id: string;
  book: Pick<Book, 'id' | 'title' | 'author' | 'shelfMark'>;
  client: ClientSummary & { email: string };
  loanedOn: string;
  dueOn: string;
  returnedOn: string | null;
  renewals: number;
  isOverdue: boolean;
}

export const defaultLoanDays = 30;

/** ISBN-10 or ISBN-13 with a valid check digit; hyphens and spaces allowed. */
export function isValidIsbn(text: string): boolean {
  const isbn = text.replace(/[\s-]/g, '').toUpperCase();
  if (/^\d{9}[\dX]$/.test(isbn)) {
    const sum = [...isbn].reduce(
      (total, char, i) => total + (char === 'X' ? 10 : Number(char)) * (10 - i),
      0,
    );
    return sum % 11 === 0;
  }
  if (/^\d{13}$/.test(isbn)) {
    const sum = [...isbn].reduce(
      (total, char, i) => total + Number(char) * (i % 2 === 0 ? 1 : 3),
      0,
    );
    return sum % 10 === 0;
  }
  return false;
}

const text = (max: number) => cleanText(max);
const copies = boundedInt(1, 100, 'invalidCopies');
const isbn = cleanText(30).refine((value) => value === '' || isValidIsbn(value), {
  error: 'invalidIsbn',
});

const bookShape = {
  title: requiredText(300),
  author: text(200).default(''),
  language: z
    .string({ error: 'invalidLanguage' })
    .trim()
    .toLowerCase()
    .regex(/^[a-z]{2,3}$/, { error: 'invalidLanguage' }),
  isbn: isbn.default(''),
  copies: copies.default(1),
  shelfMark: text(40).default(''),
};

export const bookCreateInput = z.strictObject(bookShape);
export const bookUpdateInput = z.strictObject({
  id: recordId,
  changes: z
    .strictObject({
      title: bookShape.title,
      author: text(200),
      language: bookShape.language,
      isbn,
      copies,
      shelfMark: text(40),
    })
    .partial(),
});
export const bookSearchInput = z.strictObject({ text: text(200).default('') });

export const loanLendInput = z.strictObject({
  bookId: recordId,
  clientId: recordId,
  /** The day of the loan (an act): at most a year ahead, like every act. */
  date: eventDate.optional(),
  dueDate: isoDate.optional(),
});
export const loanReturnInput = z.strictObject({
  loanId: recordId,
  date: eventDate.optional(),
});
export const loanRenewInput = z.strictObject({
  loanId: recordId,
  /** The loan period from Settings (`loanDays`) when omitted. */
  days: boundedInt(1, 90, 'invalidRenewDays').optional(),
});
export const overdueInput = z.strictObject({ date: isoDate.optional() });
export const clientLoansInput = z.strictObject({ clientId: recordId });
