import type { z } from 'zod';
import { fieldLabels } from './fields.ts';
import { fillPlaceholders, type Language, type Translated } from './language.ts';

/**
 * Message keys the schemas use (`{ error: 'required' }`), so that the form (through its
 * resolver) and the API (through formatIssues) show the same words.
 */
export const validationMessages: Record<string, Translated> = {
  required: { cs: 'povinný údaj', en: 'required' },
  tooLong: {
    cs: 'text je příliš dlouhý (nejvýše {maximum} znaků)',
    en: 'too long (at most {maximum} characters)',
  },
  invalidType: { cs: 'neplatná hodnota', en: 'invalid value' },
  passwordTooShort: {
    cs: 'heslo musí mít aspoň 8 znaků, nebo PIN aspoň 6 číslic',
    en: 'a password needs at least 8 characters, or a PIN at least 6 digits',
  },
  invalidChoice: { cs: 'zvolte jednu z nabízených možností', en: 'choose one of the options' },
  unknownField: { cs: 'neznámé pole {keys}', en: 'unknown field {keys}' },
  invalidDate: { cs: 'neplatné datum (RRRR-MM-DD)', en: 'invalid date (YYYY-MM-DD)' },
  dateOutOfRange: {
    cs: 'datum musí být mezi 1. 1. 1900 a 31. 12. 2100',
    en: 'the date must lie between 1 Jan 1900 and 31 Dec 2100',
  },
  dateTooFarAhead: {
    cs: 'datum může být nejvýše rok dopředu',
    en: 'the date can be at most a year ahead',
  },
  invalidBirthDate: {
    cs: 'neplatné datum narození (RRRR-MM-DD nebo jen rok, od roku 1900, ne v budoucnosti)',
    en: 'invalid birth date (YYYY-MM-DD or a year, from 1900, not in the future)',
  },
  unknownCountry: { cs: 'neznámá země', en: 'unknown country' },
  invalidEmail: { cs: 'neplatná e-mailová adresa', en: 'invalid e-mail address' },
  invalidLanguage: {
    cs: 'neplatný kód jazyka (např. vi, uk)',
    en: 'invalid language code (e.g. vi, uk)',
  },
  consentRequired: {
    cs: 'bez data souhlasu lze klienta uložit jen s příznakem „souhlas bude doplněn“',
    en: 'without a consent date, mark the client "consent pending"',
  },
  invalidCode: {
    cs: 'kód: malá písmena bez diakritiky, číslice a _ (např. doprovod_urad)',
    en: 'code: lower-case letters, digits and _ (e.g. escort_office)',
  },
  invalidMinutes: {
    cs: 'zadejte celé číslo od 1 do 1440 (nejvýše 24 hodin)',
    en: 'enter a whole number from 1 to 1440 (24 hours at most)',
  },
  invalidCount: {
    cs: 'zadejte celé číslo od 1 do 1000',
    en: 'enter a whole number from 1 to 1000',
  },
  tooMany: { cs: 'nejvýše {maximum} položek', en: 'at most {maximum} items' },
  invalidTime: { cs: 'čas ve tvaru HH:MM', en: 'time as HH:MM' },
  invalidWeekday: {
    cs: 'zvolte den od pondělí (1) do neděle (7)',
    en: 'choose a day from Monday (1) to Sunday (7)',
  },
  endBeforeStart: { cs: 'konec musí být po začátku', en: 'the end must come after the start' },
  courseTooLong: {
    cs: 'kurz může trvat nejvýše 2 roky od začátku',
    en: 'a course can last at most 2 years from its start',
  },
  tooManyLessons: {
    cs: 'rozvrh by dal víc než 500 lekcí, kurz jich může mít nejvýše 500',
    en: 'the schedule would give more than 500 lessons, a course can have at most 500',
  },
  invalidCapacity: {
    cs: 'zadejte celé číslo od 1 do 500',
    en: 'enter a whole number from 1 to 500',
  },
  invalidCopies: { cs: 'zadejte celé číslo od 1 do 100', en: 'enter a whole number from 1 to 100' },
  invalidRenewDays: {
    cs: 'zadejte celé číslo od 1 do 90',
    en: 'enter a whole number from 1 to 90',
  },
  intRange: {
    cs: 'zadejte celé číslo od {min} do {max}',
    en: 'enter a whole number from {min} to {max}',
  },
  numberRange: { cs: 'zadejte číslo od {min} do {max}', en: 'enter a number from {min} to {max}' },
  loneSurrogate: {
    cs: 'obsahuje poškozený znak (osamocenou polovinu znaku UTF-16), zadejte text znovu',
    en: 'holds a broken character (half of a UTF-16 surrogate pair), enter the text again',
  },
  controlCharacter: {
    cs: 'obsahuje neviditelný řídicí znak (např. NUL nebo ESC), který nelze uložit',
    en: 'holds an invisible control character (such as NUL or ESC) that cannot be stored',
  },
  bidiControl: {
    cs: 'obsahuje znak obracející směr textu (U+202A–U+202E, U+2066–U+2069), odstraňte ho',
    en: 'holds a character that reverses the text direction (U+202A–U+202E, U+2066–U+2069), remove it',
  },
  invisibleOnly: {
    cs: 'obsahuje jen neviditelné znaky (např. mezery nulové šířky)',
    en: 'holds only invisible characters (such as zero-width spaces)',
  },
  needsLetter: { cs: 'musí obsahovat aspoň jedno písmeno', en: 'must contain at least one letter' },
  invalidIsbn: {
    cs: 'neplatné ISBN (zkontrolujte číslice)',
    en: 'invalid ISBN (check the digits)',
  },
  beforeConsent: {
    cs: 'odvolání nemůže předcházet souhlasu',
    en: 'withdrawal cannot precede consent',
  },
};

/** One issue as a sentence: "Název pracoviště: povinný údaj". */
export function formatIssue(issue: z.core.$ZodIssue, lang: Language): string {
  const key = issueKey(issue);
  // A refinement's limits ({min}, {max}) travel in its params; zod's own checks carry theirs
  // ({maximum}) on the issue itself.
  const params = 'params' in issue && issue.params ? issue.params : {};
  const text = fillPlaceholders(validationMessages[key]?.[lang] ?? issue.message, {
    ...(params as Record<string, unknown>),
    ...(issue as unknown as Record<string, unknown>),
  });
  const field = issue.path.map(String).join('.');
  const label = fieldLabels[String(issue.path.at(-1) ?? '')]?.[lang] ?? field;
  return label ? `${label}: ${text}` : text;
}

/** Picks the message key: the schema's own key where it set one, else one by issue code. */
export function issueKey(issue: z.core.$ZodIssue): string {
  if (issue.message in validationMessages) return issue.message;
  const isArray = 'origin' in issue && issue.origin === 'array';
  switch (issue.code) {
    case 'too_big':
      return isArray ? 'tooMany' : 'tooLong';
    case 'too_small':
      return 'required';
    case 'invalid_value':
      return 'invalidChoice';
    case 'unrecognized_keys':
      return 'unknownField';
    default:
      return 'invalidType';
  }
}

/** Every field's first problem (the one to fix first), fields in the order of the issues. */
export function formatIssues(issues: readonly z.core.$ZodIssue[], lang: Language): string {
  const seen = new Set<string>();
  const first = issues.filter((issue) => {
    const path = JSON.stringify(issue.path);
    if (seen.has(path)) return false;
    seen.add(path);
    return true;
  });
  return first.map((issue) => formatIssue(issue, lang)).join('; ');
}
