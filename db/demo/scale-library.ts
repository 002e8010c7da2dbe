import { defaultLoanDays } from '../contract/library.ts';
import type { Random } from './random.ts';
import { addDays } from './release-2010-calendar.ts';
import { books } from './release-2010-library.ts';
import type { RowSink } from './row-sink.ts';
import { daysBetween } from './scale-calendar.ts';

/**
 * The library of a scaled demo: the small catalogue of the 2010 centre, with copies scaled to
 * the register (one copy of a title per 400 clients), and a day-by-day count of the copies out,
 * so that no loan takes a copy that is not on the shelf — as lendBook() would refuse it.
 */
export function createDemoLibrary(
  sink: RowSink,
  nextId: () => string,
  range: { from: string; to: string },
  clients: number,
) {
  const scale = Math.max(1, Math.ceil(clients / 400));
  const days = daysBetween(range.from, range.to) + 1;
  const catalogue = books.map((book) => {
    const id = nextId();
    const copies = book.copies * scale;
    sink.add('books', id, {
      title: book.title,
      author: book.author,
      language: book.language,
      isbn: '',
      copies,
      shelf_mark: book.shelfMark,
    });
    return { id, language: book.language, copies, out: new Int32Array(days) };
  });

  const isOnShelf = (book: (typeof catalogue)[number], from: number, to: number) => {
    for (let day = from; day < to; day++) if (book.out[day]! >= book.copies) return false;
    return true;
  };

  return {
    /**
     * Lends a copy in the reader's language if one is free from `date` until `returnedOn`
     * (or for good, when it stays out), else any free copy; writes the loan row as lendBook()
     * and returnLoan() would. Returns false when the whole library is out.
     */
    lend(
      random: Random,
      loan: { clientId: string; language: string; date: string; returnedOn: string | null },
      town: string,
    ): boolean {
      const from = daysBetween(range.from, loan.date);
      const to = loan.returnedOn === null ? days : daysBetween(range.from, loan.returnedOn);
      const start = random.int(0, catalogue.length - 1);
      const order = catalogue.map((_, index) => catalogue[(start + index) % catalogue.length]!);
      const book =
        order.find((b) => b.language === loan.language && isOnShelf(b, from, to)) ??
        order.find((b) => isOnShelf(b, from, to));
      if (!book) return false;
      for (let day = from; day < to; day++) book.out[day]! += 1;
      sink.add('loans', nextId(), {
        book_id: book.id,
        client_id: loan.clientId,
        loaned_on: loan.date,
        due_on: addDays(loan.date, defaultLoanDays),
        returned_on: loan.returnedOn,
        town,
      });
      return true;
    },
  };
}

export type DemoLibrary = ReturnType<typeof createDemoLibrary>;
