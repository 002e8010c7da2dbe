import anyAscii from 'any-ascii';

/**
 * Folding names for search and duplicate detection. anyAscii transliterates every script the
 * same way at index and at query time: Nguyễn → nguyen, Đức → duc, Łukasz → lukasz,
 * Шевченко → shevchenko. unicode61's remove_diacritics alone would leave Đ, Ł and Cyrillic be.
 */
export function foldText(text: string): string {
  return anyAscii(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
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
