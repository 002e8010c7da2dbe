import type { ComboboxItem } from '@mantine/core';
import type { Language } from '../../../db/contract/index.ts';

// Languages clients of Czech integration centres speak most, then other widespread ones.
const codes = (
  'cs uk ru vi mn en sk pl bg ro be ka hy az kk ky uz tg tk sr bs hr sq mk tr ar fa ps ku ur hi ' +
  'bn ne ta si zh ko ja th km lo my id ms tl fr de es pt it he am ti so sw ha yo ig'
).split(' ');

const cache = new Map<Language, ComboboxItem[]>();

/** Language choices named in the UI language ("vietnamština", "Vietnamese"), by ISO 639-1 code. */
export function languageOptions(language: Language): ComboboxItem[] {
  const cached = cache.get(language);
  if (cached) return cached;
  const names = new Intl.DisplayNames([language], { type: 'language' });
  const collator = new Intl.Collator(language);
  const options = codes
    .map((code) => ({ value: code, label: names.of(code) ?? code }))
    .sort((a, b) => collator.compare(a.label, b.label));
  cache.set(language, options);
  return options;
}

/** A stored code that is not in the list (typed elsewhere) still shows, under its own name. */
export function withStoredCodes(
  options: ComboboxItem[],
  stored: readonly string[],
  language: Language,
): ComboboxItem[] {
  const known = new Set(options.map((option) => option.value));
  const names = new Intl.DisplayNames([language], { type: 'language' });
  const extra = stored
    .filter((code) => code !== '' && !known.has(code))
    .map((code) => ({ value: code, label: names.of(code) ?? code }));
  return extra.length === 0 ? options : [...options, ...extra];
}
