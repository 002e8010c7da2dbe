import { addDays, officeDays } from './release-2010-calendar.ts';
import type { Random } from './random.ts';

export interface BookSpec {
  title: string;
  author: string;
  language: string;
  copies: number;
  shelfMark: string;
}

export interface PlannedLoan {
  client: number;
  book: number;
  date: string;
  returnedOn: string | null;
}

/** The foreign-language library: fiction in the clients' languages and Czech textbooks. */
const titles: [string, string, string, number][] = [
  ['vi', 'Truyện Kiều', 'Nguyễn Du', 2],
  ['vi', 'Dế Mèn phiêu lưu ký', 'Tô Hoài', 2],
  ['vi', 'Số đỏ', 'Vũ Trọng Phụng', 1],
  ['vi', 'Nỗi buồn chiến tranh', 'Bảo Ninh', 1],
  ['vi', 'Từ điển Séc – Việt', '', 3],
  ['mn', 'Тунгалаг Тамир', 'Ч. Лодойдамба', 2],
  ['mn', 'Монгол ардын үлгэр', '', 2],
  ['mn', 'Чех-Монгол толь бичиг', '', 2],
  ['ru', 'Мастер и Маргарита', 'Михаил Булгаков', 2],
  ['ru', 'Преступление и наказание', 'Фёдор Достоевский', 1],
  ['ru', 'Анна Каренина', 'Лев Толстой', 1],
  ['ru', 'Чешско-русский словарь', '', 2],
  ['uk', 'Кобзар', 'Тарас Шевченко', 2],
  ['uk', 'Лісова пісня', 'Леся Українка', 1],
  ['uk', 'Тіні забутих предків', 'Михайло Коцюбинський', 1],
  ['cs', 'Čeština expres 1', 'Lída Holá', 3],
  ['cs', 'Czech Step by Step', 'Lída Holá', 2],
  ['cs', 'Chcete mluvit česky?', 'Jitka Cvejnová', 2],
];

export const books: BookSpec[] = titles.map(([language, title, author, copies], index) => ({
  title,
  author,
  language,
  copies,
  shelfMark: `${language.toUpperCase()}-${String(index + 1).padStart(3, '0')}`,
}));

/**
 * Loans in date order, each of a copy that is on the shelf that day (a book is out from its
 * loan until its return). Late loans stay out over New Year, as they would.
 */
export function planLoans(
  random: Random,
  wishes: { client: number; language: string }[],
): PlannedLoan[] {
  const dated = wishes
    .map((wish) => ({ ...wish, date: random.pick(officeDays) }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const loans: PlannedLoan[] = [];
  for (const wish of dated) {
    const onShelf = (book: number) =>
      loans.filter(
        (loan) => loan.book === book && (loan.returnedOn === null || loan.returnedOn > wish.date),
      ).length < books[book]!.copies;
    const all = books.map((_, index) => index).filter(onShelf);
    const own = all.filter((index) => books[index]!.language === wish.language);
    const choices = own.length > 0 ? own : all;
    if (choices.length === 0) continue;
    const returnedOn =
      wish.date >= '2010-12-01' && random.chance(0.5)
        ? null
        : addDays(wish.date, random.int(7, 35));
    loans.push({ client: wish.client, book: random.pick(choices), date: wish.date, returnedOn });
  }
  return loans;
}
