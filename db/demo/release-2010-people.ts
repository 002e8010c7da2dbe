import { generateClientOf, type GeneratedClient } from './client-generator.ts';
import { shuffle } from './release-2010-calendar.ts';
import type { Random } from './random.ts';

/**
 * Clients per country of origin. The four named in the press release are exact; the other 43
 * people come from 22 further third countries (26 in all, none in the EU).
 */
export const nationalityCounts: Readonly<Record<string, number>> = {
  VN: 206,
  MN: 153,
  UA: 44,
  RU: 30,
  KZ: 5,
  MD: 4,
  BY: 3,
  CN: 3,
  UZ: 3,
  AM: 2,
  BR: 2,
  GE: 2,
  IN: 2,
  KR: 2,
  RS: 2,
  TR: 2,
  US: 2,
  AF: 1,
  AZ: 1,
  BA: 1,
  CU: 1,
  JP: 1,
  KG: 1,
  MK: 1,
  NG: 1,
  SY: 1,
};

/** The language of the books a client borrows: their own where the library has it. */
const bookLanguages: Record<string, string> = { VN: 'vi', MN: 'mn', UA: 'uk', RU: 'ru', BY: 'ru' };
export const bookLanguageOf = (nationality: string) => bookLanguages[nationality] ?? 'cs';

/** Every client of the data set, in a random order (the index is the client's number). */
export function planPeople(random: Random): GeneratedClient[] {
  const codes = Object.entries(nationalityCounts).flatMap(([code, count]) =>
    Array.from({ length: count }, () => code),
  );
  return shuffle(random, codes).map((code) => generateClientOf(random, code));
}
