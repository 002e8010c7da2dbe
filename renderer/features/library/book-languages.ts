import type {
  ComboboxItem,
  ComboboxItemGroup,
  ComboboxParsedItem,
  OptionsFilter,
} from '@mantine/core';
import type { Language } from '../../../db/contract/index.ts';
import { foldText } from '../clients/client-format.ts';
import { languageOptions, withStoredCodes } from '../clients/language-options.ts';

// The centre's collection is mostly in its clients' languages; these come first in the list.
const commonCodes = ['vi', 'uk', 'ru', 'mn', 'en', 'cs'];

export interface BookLanguageLabels {
  common: string;
  other: string;
}

/**
 * Languages a book can be in, by ISO 639-1 code: the most common group first, then every other
 * language the client register knows, named in the UI language. A stored code that is in
 * neither list still shows under its own name.
 */
export function bookLanguageOptions(
  language: Language,
  labels: BookLanguageLabels,
  stored: string,
): ComboboxItemGroup<ComboboxItem>[] {
  const all = withStoredCodes(languageOptions(language), [stored], language);
  const byCode = new Map(all.map((option) => [option.value, option]));
  const common = commonCodes.map((code) => byCode.get(code)!).filter(Boolean);
  const other = all.filter((option) => !commonCodes.includes(option.value));
  return [
    { group: labels.common, items: common },
    { group: labels.other, items: other },
  ];
}

/** "vietnamština" for vi in Czech, "Vietnamese" in English; an unknown code as itself. */
export function languageName(code: string, language: Language): string {
  try {
    return new Intl.DisplayNames([language], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "cestina" finds čeština, and the code itself ("vi") finds its language too. */
export const languageFilter: OptionsFilter = ({ options, search }) => {
  const needle = foldText(search);
  if (needle === '') return options;
  const matches = (item: ComboboxParsedItem): boolean =>
    'group' in item ? false : foldText(item.label).includes(needle) || item.value === needle;
  return options
    .map((item) => ('group' in item ? { ...item, items: item.items.filter(matches) } : item))
    .filter((item) => ('group' in item ? item.items.length > 0 : matches(item)));
};
