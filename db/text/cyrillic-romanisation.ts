/**
 * Cyrillic names written in Latin letters the ways a client's documents, a Czech office and an
 * English-speaking one write them. One Наталья is Natalja (Czech), Natalya (English, BGN/PCGN)
 * and Natalia (a Russian passport since 2013, or Ukrainian rules); one Сергій is Serhij, Serhii
 * and Serhiy. Whether a name is Russian, Ukrainian or Mongolian cannot be told from most names,
 * so every rule set is applied to every name and the search index holds each distinct result.
 */

/** How one rule set writes each lower-case letter. */
interface RomanisationRules {
  letters: Readonly<Record<string, string>>;
  /** Letters written differently at the start of a word or after a vowel or a sign (Jelena). */
  afterVowel?: Readonly<Record<string, string>>;
  /** Letters written differently only at the start of a word (Ukrainian Yurii, Serhii). */
  atWordStart?: Readonly<Record<string, string>>;
  /** Letters written differently after ж, ч, ш, щ (Russian ё: Щёкин → Ščokin). */
  afterHushing?: Readonly<Record<string, string>>;
}

// What the rule sets share; each one overrides what its convention writes differently.
const common: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  з: 'z',
  и: 'i',
  і: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ү: 'u',
  ф: 'f',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
};

// Czech practical transcription (the one ČSN-era registers and Czech offices use for names).
const czechLetters = {
  ...common,
  ё: 'jo',
  ж: 'ž',
  й: 'j',
  х: 'ch',
  ц: 'c',
  ч: 'č',
  ш: 'š',
  щ: 'šč',
  ю: 'ju',
  я: 'ja',
  є: 'je',
  ї: 'ji',
};

// English conventions share the digraphs; they differ in the iotated vowels and й.
const englishLetters = {
  ...common,
  ё: 'yo',
  ж: 'zh',
  й: 'y',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ю: 'yu',
  я: 'ya',
  є: 'ye',
  ї: 'yi',
};

const ruleSets: readonly RomanisationRules[] = [
  // Russian, Czech: Jelena, Sergej, Natalja, Jurij.
  { letters: czechLetters, afterVowel: { е: 'je' }, afterHushing: { ё: 'o' } },
  // Russian, English (BGN/PCGN): Yelena, Sergey, Natalya, Yuriy.
  { letters: englishLetters, afterVowel: { е: 'ye' }, afterHushing: { ё: 'o' } },
  // Russian passports (ICAO, since 2013) and plain English: Elena, Sergei, Natalia, Iurii.
  { letters: { ...englishLetters, ё: 'e', й: 'i', ъ: 'ie', ю: 'iu', я: 'ia' } },
  // Ukrainian, Czech: Olena, Serhij, Jevhen, Jurij.
  { letters: { ...czechLetters, г: 'h', и: 'y' } },
  // Ukrainian, English (the 2010 national rules): Serhii, Yevhen, Nataliia, Yurii.
  {
    letters: { ...englishLetters, г: 'h', и: 'y', є: 'ie', ї: 'i', й: 'i', ю: 'iu', я: 'ia' },
    atWordStart: { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' },
  },
  // Ukrainian, older English spellings: Serhiy, Natalya.
  { letters: { ...englishLetters, г: 'h', и: 'y' } },
  // Mongolian (MNS 5217 as passports write it): Jargal, Enkhtuyaa, Tumen, Otgonbayar.
  { letters: { ...englishLetters, е: 'ye', ж: 'j', й: 'i', ь: 'i', ъ: 'i', щ: 'sh' } },
  // Mongolian passports that write ө and ү alike: Ulziibayar for Өлзийбаяр.
  { letters: { ...englishLetters, е: 'ye', ж: 'j', й: 'i', ь: 'i', ъ: 'i', щ: 'sh', ө: 'u' } },
  // Mongolian, Czech: Enchtujaa, Žargal.
  { letters: { ...czechLetters, е: 'je', й: 'j', ь: 'i', ъ: 'i', ө: 'ö', ү: 'ü' } },
];

const cyrillicLetter = /[\u0400-\u04ff]/u;
const vowelsAndSigns = new Set('аеёиоуыэюяієїөүъь');
const hushing = new Set('жчшщ');

export function hasCyrillic(text: string): boolean {
  return cyrillicLetter.test(text);
}

/** The text in one rule set's Latin letters, lower case; other scripts are left as they are. */
function romanise(text: string, rules: RomanisationRules): string {
  const lower = text.toLowerCase();
  let out = '';
  let previous = '';
  for (const letter of lower) {
    const isWordStart = previous === '' || !/\p{L}/u.test(previous);
    const special =
      (isWordStart ? rules.atWordStart?.[letter] : undefined) ??
      (isWordStart || vowelsAndSigns.has(previous) ? rules.afterVowel?.[letter] : undefined) ??
      (hushing.has(previous) ? rules.afterHushing?.[letter] : undefined);
    out += special ?? rules.letters[letter] ?? letter;
    previous = letter;
  }
  return out;
}

/**
 * The text in each rule set's Latin letters (lower case, duplicates removed); the text itself,
 * lower-cased, when it has no Cyrillic. The first is the English (BGN/PCGN) form.
 */
export function romanisations(text: string): string[] {
  if (!hasCyrillic(text)) return [text.toLowerCase()];
  return [...new Set([ruleSets[1]!, ...ruleSets].map((rules) => romanise(text, rules)))];
}

/** The English (BGN/PCGN) form alone: how a name typed in Cyrillic is looked up. */
export function primaryRomanisation(text: string): string {
  return hasCyrillic(text) ? romanise(text, ruleSets[1]!) : text;
}
