import type { MethodDefinition } from '../api-types.ts';
import { createBook, searchBooks, updateBook } from './books.ts';
import {
  deleteLoan,
  lendBook,
  listClientLoans,
  listOverdueLoans,
  renewLoan,
  returnLoan,
} from './loans.ts';

type LibraryMethod =
  | 'books.create'
  | 'books.update'
  | 'books.search'
  | 'loans.lend'
  | 'loans.return'
  | 'loans.renew'
  | 'loans.delete'
  | 'loans.overdue'
  | 'loans.forClient';

const userOf = (user: { id: string } | null) => user?.id ?? null;

/** The library: input is validated; these bind it to the catalogue and loan queries. */
export const libraryMethods: { [M in LibraryMethod]: MethodDefinition<M> } = {
  'books.create': { handler: ({ store, user }, input) => createBook(store, userOf(user), input) },
  'books.update': {
    handler: ({ store, user }, input) => updateBook(store, userOf(user), input.id, input.changes),
  },
  'books.search': { handler: ({ store }, input) => searchBooks(store, input.text) },
  'loans.lend': { handler: ({ store, user }, input) => lendBook(store, userOf(user), input) },
  'loans.return': { handler: ({ store, user }, input) => returnLoan(store, userOf(user), input) },
  'loans.renew': { handler: ({ store, user }, input) => renewLoan(store, userOf(user), input) },
  'loans.delete': {
    handler: ({ store, user }, input) => deleteLoan(store, userOf(user), input.id),
  },
  'loans.overdue': { handler: ({ store }, input) => listOverdueLoans(store, input.date) },
  'loans.forClient': { handler: ({ store }, input) => listClientLoans(store, input.clientId) },
};
