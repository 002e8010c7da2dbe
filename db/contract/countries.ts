import csNames from 'i18n-iso-countries/langs/cs.json' with { type: 'json' };
import enNames from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import type { Language } from './language.ts';

/**
 * ISO 3166-1 alpha-2 countries with their Czech and English short names (the data of the
 * maintained i18n-iso-countries package), plus the few Czech official names registers use.
 */
type Names = Record<string, string | string[]>;
const cs = csNames.countries as Names;
const en = enNames.countries as Names;

/** Czech long or older names that legacy registers and people write. */
const extraCzechNames: Record<string, string> = {
  česko: 'CZ',
  'česká republika': 'CZ',
  'ruská federace': 'RU',
  'korejská republika': 'KR',
  'jižní korea': 'KR',
  'moldavská republika': 'MD',
  'spojené státy americké': 'US',
  usa: 'US',
  'velká británie': 'GB',
  barma: 'MM',
  bělorusko: 'BY',
  kyrgyzstán: 'KG',
};

/**
 * EU and EEA states and Switzerland, and Czechia itself: their citizens are not third-country
 * nationals, whom the funder's report counts (db/summaries/funder-scope.ts). Membership as of
 * today — the United Kingdom left in 2020; kept by hand because i18n-iso-countries lists
 * countries, not unions.
 */
const euEeaCh = new Set(
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO CH'.split(
    ' ',
  ),
);

export interface Country {
  code: string;
  cs: string;
  en: string;
  isEuEeaCh: boolean;
}

const first = (name: string | string[] | undefined) => (Array.isArray(name) ? name[0] : name) ?? '';

export const countries: readonly Country[] = Object.keys(cs)
  .filter((code) => /^[A-Z]{2}$/.test(code))
  .map((code) => ({
    code,
    cs: first(cs[code]),
    en: first(en[code]) || first(cs[code]),
    isEuEeaCh: euEeaCh.has(code),
  }));

const byCode = new Map(countries.map((country) => [country.code, country]));

/** Lower-case, without diacritics: "Mongolsko", "mongolsko" and "MONGOLSKO" are one name. */
function nameKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase();
}

const byName = new Map<string, string>();
const namesByCode = new Map<string, string[]>();
const addName = (code: string, name: string) => {
  byName.set(nameKey(name), code);
  namesByCode.set(code, [...(namesByCode.get(code) ?? []), name]);
};
for (const [code, names] of [...Object.entries(cs), ...Object.entries(en)]) {
  for (const name of Array.isArray(names) ? names : [names]) addName(code, name);
}
for (const [name, code] of Object.entries(extraCzechNames)) addName(code, name);

/** Every name a country is known by (Czech and English, official and short), for search. */
export function countrySearchNames(code: string): readonly string[] {
  return namesByCode.get(code) ?? [];
}

export function isCountryCode(code: string): boolean {
  return byCode.has(code);
}

export function findCountry(code: string): Country | undefined {
  return byCode.get(code);
}

export function countryName(code: string, lang: Language): string {
  return byCode.get(code)?.[lang] ?? code;
}

export function isEuEeaChCountry(code: string): boolean {
  return euEeaCh.has(code);
}

/** A code ("VN", "vn") or a Czech or English name ("Vietnam", "Ruská federace") to its code. */
export function parseCountry(text: string): string | null {
  const trimmed = text.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed) && byCode.has(trimmed.toUpperCase())) {
    return trimmed.toUpperCase();
  }
  return byName.get(nameKey(trimmed)) ?? null;
}
