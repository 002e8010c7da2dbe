import type { Loan } from '../contract/library.ts';
import { getSettings } from '../settings/settings-queries.ts';
import { isDateInRange } from '../contract/dates.ts';
import { runWrite, writeRow } from '../changes/index.ts';
import { toClientSummary } from '../clients/client-mapping.ts';
import { listMergedIds, readClientRow, resolveClientId } from '../clients/client-resolution.ts';
import { requireClientForNewAct } from '../clients/new-act-guard.ts';
import { PristavError } from '../errors.ts';
import { newId } from '../ids.ts';
import { selectAll, selectFirst } from '../query.ts';
import type { ClientsTable, LoansTable } from '../schema.ts';
import { getThisSite } from '../site/site-queries.ts';
import { type Store, storeToday } from '../store.ts';
import { readBook } from './books.ts';

export function addDays(date: string, days: number): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}

function readLoanRow(store: Store, id: string): LoansTable {
  const row = selectFirst(
    store,
    store.db.selectFrom('loans').selectAll().where('id', '=', id).where('deleted', '=', 0),
  );
  if (!row) throw new PristavError('NOT_FOUND', { what: id });
  return row;
}

function toLoan(store: Store, row: LoansTable): Loan {
  const book = selectFirst(
    store,
    store.db.selectFrom('books').selectAll().where('id', '=', row.book_id),
  )!;
  const client = readClientRow(store, resolveClientId(store, row.client_id)) as ClientsTable;
  return {
    id: row.id,
    book: { id: book.id, title: book.title, author: book.author, shelfMark: book.shelf_mark },
    client: { ...toClientSummary(client), email: client.email },
    loanedOn: row.loaned_on,
    dueOn: row.due_on,
    returnedOn: row.returned_on,
    renewals: row.renewals,
    isOverdue: row.returned_on === null && row.due_on < storeToday(store),
  };
}

/** Lends a copy: refused when every copy is out. The loan is one act of type library. */
export function lendBook(
  store: Store,
  author: string | null,
  input: {
    bookId: string;
    clientId: string;
    date?: string | undefined;
    dueDate?: string | undefined;
  },
): Loan {
  return runWrite(store, author, (w) => {
    const book = readBook(store, input.bookId);
    if (book.available === 0) {
      throw new PristavError('NO_COPY_LEFT', { title: book.title, copies: book.copies });
    }
    const clientId = requireClientForNewAct(store, input.clientId).id;
    const loanedOn = input.date ?? storeToday(store);
    if (loanedOn > storeToday(store)) throw new PristavError('DATE_IN_FUTURE', { date: loanedOn });
    const dueOn = input.dueDate ?? addDays(loanedOn, getSettings(store).loanDays);
    if (dueOn < loanedOn) throw new PristavError('DUE_BEFORE_LOAN', { due: dueOn, date: loanedOn });
    const id = newId();
    writeRow(w, 'loans', id, {
      book_id: book.id,
      client_id: clientId,
      loaned_on: loanedOn,
      due_on: dueOn,
      town: getThisSite(store)!.town,
    });
    return toLoan(store, readLoanRow(store, id));
  });
}

export function returnLoan(
  store: Store,
  author: string | null,
  input: { loanId: string; date?: string | undefined },
): Loan {
  return runWrite(store, author, (w) => {
    const loan = readLoanRow(store, input.loanId);
    if (loan.returned_on !== null)
      throw new PristavError('ALREADY_RETURNED', { date: loan.returned_on });
    writeRow(w, 'loans', loan.id, { returned_on: input.date ?? storeToday(store) });
    return toLoan(store, readLoanRow(store, loan.id));
  });
}

/** Renewal moves the due date from today or the old due date, whichever is later. */
export function renewLoan(
  store: Store,
  author: string | null,
  input: { loanId: string; days?: number | undefined },
): Loan {
  return runWrite(store, author, (w) => {
    const loan = readLoanRow(store, input.loanId);
    if (loan.returned_on !== null)
      throw new PristavError('ALREADY_RETURNED', { date: loan.returned_on });
    const from = loan.due_on > storeToday(store) ? loan.due_on : storeToday(store);
    const dueOn = addDays(from, input.days ?? getSettings(store).loanDays);
    // A due date at the end of the accepted years must not be pushed past them.
    if (!isDateInRange(dueOn)) throw new PristavError('DUE_OUT_OF_RANGE', { due: dueOn });
    writeRow(w, 'loans', loan.id, {
      due_on: dueOn,
      renewals: loan.renewals + 1,
    });
    return toLoan(store, readLoanRow(store, loan.id));
  });
}

/** Open loans past their due date, oldest first, with the borrower's contact. */
export function listOverdueLoans(store: Store, date = storeToday(store)): Loan[] {
  const rows = selectAll(
    store,
    store.db
      .selectFrom('loans')
      .selectAll()
      .where('deleted', '=', 0)
      .where('returned_on', 'is', null)
      .where('due_on', '<', date)
      .orderBy('due_on')
      .orderBy('id'),
  );
  return rows.map((row) => toLoan(store, row));
}

export function listClientLoans(store: Store, clientId: string): Loan[] {
  const survivor = resolveClientId(store, clientId);
  const rows = selectAll(
    store,
    store.db
      .selectFrom('loans')
      .selectAll()
      .where('deleted', '=', 0)
      .where('client_id', 'in', [survivor, ...listMergedIds(store, survivor)])
      .orderBy('loaned_on', 'desc')
      .orderBy('id'),
  );
  return rows.map((row) => toLoan(store, row));
}

/** Takes back a loan recorded by mistake: it is no act any more (deletion is a field). */
export function deleteLoan(store: Store, author: string | null, loanId: string): { id: string } {
  return runWrite(store, author, (w) => {
    const loan = readLoanRow(store, loanId);
    writeRow(w, 'loans', loan.id, { deleted: true });
    return { id: loan.id };
  });
}
