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

/** The library: input is validated; these bind it to the catalogue and loan queries. */
export const libraryMethods: { [M in LibraryMethod]: MethodDefinition<M> } = {
  'books.create': { handler: ({ store, userId }, input) => createBook(store, userId, input) },
  'books.update': {
    handler: ({ store, userId }, input) => updateBook(store, userId, input.id, input.changes),
  },
  'books.search': { handler: ({ store }, input) => searchBooks(store, input.text) },
  'loans.lend': { handler: ({ store, userId }, input) => lendBook(store, userId, input) },
  'loans.return': { handler: ({ store, userId }, input) => returnLoan(store, userId, input) },
  'loans.renew': { handler: ({ store, userId }, input) => renewLoan(store, userId, input) },
  'loans.delete': {
    handler: ({ store, userId }, input) => deleteLoan(store, userId, input.id),
  },
  'loans.overdue': { handler: ({ store }, input) => listOverdueLoans(store, input.date) },
  'loans.forClient': { handler: ({ store }, input) => listClientLoans(store, input.clientId) },
};
