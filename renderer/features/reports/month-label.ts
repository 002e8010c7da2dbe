import type { Language } from '../../../db/contract/index.ts';

const locales: Record<Language, string> = { cs: 'cs-CZ', en: 'en-GB' };

const firstDay = (month: string) =>
  new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1));

/** "5/2010" rather than a month name: short enough for a year or more of months on one axis. */
export function monthLabel(month: string, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], {
    month: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(firstDay(month));
}

/** "květen 2010" / "May 2010": a table row has room for the whole name. */
export function monthName(month: string, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(firstDay(month));
}
