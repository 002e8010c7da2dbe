import type { ComboboxItem, OptionsFilter } from '@mantine/core';
import csNames from 'i18n-iso-countries/langs/cs.json' with { type: 'json' };
import enNames from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { countries, type Language } from '../../../db/contract/index.ts';
import { foldText } from './client-format.ts';

type Names = Record<string, string | string[]>;

// Short and long forms people type that the lists name otherwise ("Česko" is "Česká republika").
const extraNames: Record<string, string> = {
  CZ: 'Česko',
  US: 'USA',
  GB: 'Velká Británie Anglie',
  RU: 'Ruská federace',
  KR: 'Korejská republika',
  MD: 'Moldavská republika',
  MM: 'Barma',
};

/** Every name of a country, Czech and English, official and short, folded for matching. */
function searchNames(code: string): string[] {
  const names = [(csNames.countries as Names)[code], (enNames.countries as Names)[code]].flat();
  return [...names, extraNames[code] ?? '', code].filter(Boolean).map((name) => foldText(name!));
}

export interface CountryOptions {
  data: ComboboxItem[];
  filter: OptionsFilter;
}

const cache = new Map<Language, CountryOptions>();

/**
 * Countries for a searchable select, labelled and sorted in the UI language, but found by any
 * Czech or English name or the code alike: "Německo", "Germany" and "DE" all find Germany.
 */
export function countryOptions(language: Language): CountryOptions {
  const cached = cache.get(language);
  if (cached) return cached;
  const collator = new Intl.Collator(language);
  const data = countries
    .map((country) => ({ value: country.code, label: country[language] }))
    .sort((a, b) => collator.compare(a.label, b.label));
  const names = new Map(countries.map((country) => [country.code, searchNames(country.code)]));
  const filter: OptionsFilter = ({ options, search }) => {
    const text = foldText(search);
    const words = text.split(/\s+/).filter(Boolean);
    if (words.length === 0) return options;
    const namesOf = (option: ComboboxItem) => names.get(String(option.value)) ?? [];
    const matches = (options as ComboboxItem[]).filter((option) => {
      const key = namesOf(option).join(' ');
      return words.every((word) => key.includes(word));
    });
    // A name that starts with the typed text comes before names that merely contain it.
    const startsWith = (option: ComboboxItem) =>
      namesOf(option).some((name) => name.startsWith(text));
    return [...matches.filter(startsWith), ...matches.filter((option) => !startsWith(option))];
  };
  const options = { data, filter };
  cache.set(language, options);
  return options;
}
