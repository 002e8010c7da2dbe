import anyAscii from 'any-ascii';
import { primaryRomanisation, romanisations } from './cyrillic-romanisation.ts';

/**
 * Folding names for search and duplicate detection, the same way at index and at query time:
 * Nguyễn → nguyen, Đức → duc, Łukasz → lukasz (anyAscii), Шевченко → shevchenko, Наталья →
 * natalya (cyrillic-romanisation.ts: anyAscii would write Natal'ya, two words once folded).
 * unicode61's remove_diacritics alone would leave Đ, Ł and Cyrillic be.
 */
export function foldText(text: string): string {
  return foldLatin(primaryRomanisation(text));
}

function foldLatin(text: string): string {
  return anyAscii(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Every word of the text as the search index holds it: Cyrillic in each Czech and English
 * romanisation (Наталья → natalya natalja natalia), so any of them finds the name.
 */
export function searchNames(text: string): string {
  const tokens = new Set<string>();
  for (const variant of romanisations(text)) {
    for (const token of foldLatin(variant).split(' ')) if (token) tokens.add(token);
  }
  return [...tokens].join(' ');
}

/** The phonetic keys of every word searchNames() gives. */
export function searchPhonetic(text: string): string {
  const names = searchNames(text);
  return names === '' ? '' : [...new Set(names.split(' ').map(phoneticToken))].join(' ');
}

export function foldTokens(text: string): string[] {
  const folded = foldText(text);
  return folded === '' ? [] : folded.split(' ');
}

// Transliteration conventions differ (Czech, English, German, Polish): reduce each to one form.
const phoneticRules: [RegExp, string][] = [
  [/shch|sch/g, 's'],
  [/sh|sz/g, 's'],
  [/ch|cz|ts|tz|c/g, 'c'],
  [/zh|dzh|dz/g, 'z'],
  [/kh/g, 'h'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/ck|q/g, 'k'],
  [/x/g, 'ks'],
  [/w/g, 'v'],
  [/[yj]/g, 'i'],
  [/(.)\1+/g, '$1'],
];

/** One folded token to its phonetic key: Shevchenko, Ševčenko, Sevcenko → sevcenko. */
export function phoneticToken(token: string): string {
  return phoneticRules.reduce(
    (text, [pattern, replacement]) => text.replace(pattern, replacement),
    token,
  );
}

export function phoneticText(text: string): string {
  return foldTokens(text).map(phoneticToken).join(' ');
}

/** The same key for the same names in any order and any transliteration. */
export function duplicateKey(text: string): string {
  return [...new Set(foldTokens(text).map(phoneticToken))].sort().join(' ');
}

/** A phone number's national digits (+420 777 123 456 and 777123456 are one number). */
export function phoneKey(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 6) return '';
  if (digits.length === 12 && digits.startsWith('420')) return digits.slice(3);
  if (digits.length === 14 && digits.startsWith('00420')) return digits.slice(5);
  return digits;
}

/** Birth date and phone as searchable tokens: "1990", "1990-05-12", "777123456", "777", … */
export function searchExtra(birthDate: string | null, phone: string): string {
  const parts: string[] = [];
  if (birthDate) parts.push(birthDate.slice(0, 4), birthDate.replaceAll('-', ''));
  const key = phoneKey(phone);
  if (key) parts.push(key, phone.replace(/\D/g, ''), ...phone.split(/\D+/).filter(Boolean));
  return parts.join(' ');
}
