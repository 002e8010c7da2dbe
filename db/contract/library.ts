import { z } from 'zod';
import type { ClientSummary } from './clients.ts';
import { isValidIsoDate } from './dates.ts';

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

const isoDate = z.string().trim().refine(isValidIsoDate, { error: 'invalidDate' });
const text = (max: number) => z.string().trim().max(max, { error: 'tooLong' });

const bookShape = {
  title: text(300).min(1, { error: 'required' }),
  author: text(200).default(''),
  language: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z]{2,3}$/, { error: 'invalidLanguage' }),
  isbn: z
    .string()
    .trim()
    .refine((value) => value === '' || isValidIsbn(value), { error: 'invalidIsbn' })
    .default(''),
  copies: z
    .number()
    .int()
    .min(1, { error: 'invalidCopies' })
    .max(100, { error: 'invalidCopies' })
    .default(1),
  shelfMark: text(40).default(''),
};

export const bookCreateInput = z.strictObject(bookShape);
export const bookUpdateInput = z.strictObject({
  id: z.string().min(1, { error: 'required' }),
  changes: z
    .strictObject({
      title: bookShape.title,
      author: text(200),
      language: bookShape.language,
      isbn: z
        .string()
        .trim()
        .refine((value) => value === '' || isValidIsbn(value), { error: 'invalidIsbn' }),
      copies: z
        .number()
        .int()
        .min(1, { error: 'invalidCopies' })
        .max(100, { error: 'invalidCopies' }),
      shelfMark: text(40),
    })
    .partial(),
});
export const bookSearchInput = z.strictObject({ text: z.string().max(200).default('') });

export const loanLendInput = z.strictObject({
  bookId: z.string().min(1, { error: 'required' }),
  clientId: z.string().min(1, { error: 'required' }),
  date: isoDate.optional(),
  dueDate: isoDate.optional(),
});
export const loanReturnInput = z.strictObject({
  loanId: z.string().min(1, { error: 'required' }),
  date: isoDate.optional(),
});
export const loanRenewInput = z.strictObject({
  loanId: z.string().min(1, { error: 'required' }),
  days: z.number().int().min(1).max(90).default(defaultLoanDays),
});
export const overdueInput = z.strictObject({ date: isoDate.optional() });
export const clientLoansInput = z.strictObject({
  clientId: z.string().min(1, { error: 'required' }),
});
