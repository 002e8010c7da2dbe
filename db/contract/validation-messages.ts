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
  invalidChoice: { cs: 'zvolte jednu z nabízených možností', en: 'choose one of the options' },
  unknownField: { cs: 'neznámé pole {keys}', en: 'unknown field {keys}' },
  invalidDate: { cs: 'neplatné datum (RRRR-MM-DD)', en: 'invalid date (YYYY-MM-DD)' },
  invalidBirthDate: {
    cs: 'neplatné datum narození (RRRR-MM-DD nebo jen rok, ne v budoucnosti)',
    en: 'invalid birth date (YYYY-MM-DD or a year, not in the future)',
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
  invalidMinutes: { cs: 'počet minut 1–1440', en: 'minutes 1–1440' },
  invalidCount: { cs: 'počet 1–1000', en: 'count 1–1000' },
  tooMany: { cs: 'nejvýše {maximum} položek', en: 'at most {maximum} items' },
  invalidTime: { cs: 'čas ve tvaru HH:MM', en: 'time as HH:MM' },
  invalidWeekday: { cs: 'den v týdnu 1–7', en: 'weekday 1–7' },
  endBeforeStart: { cs: 'konec musí být po začátku', en: 'the end must come after the start' },
  invalidCapacity: { cs: 'kapacita 1–500', en: 'capacity 1–500' },
  invalidIsbn: {
    cs: 'neplatné ISBN (zkontrolujte číslice)',
    en: 'invalid ISBN (check the digits)',
  },
  invalidCopies: { cs: 'počet výtisků 1–100', en: 'copies 1–100' },
  beforeConsent: {
    cs: 'odvolání nemůže předcházet souhlasu',
    en: 'withdrawal cannot precede consent',
  },
};

/** One issue as a sentence: "Název pracoviště: povinný údaj". */
export function formatIssue(issue: z.core.$ZodIssue, lang: Language): string {
  const key = issueKey(issue);
  const text = fillPlaceholders(
    validationMessages[key]?.[lang] ?? issue.message,
    issue as unknown as Record<string, unknown>,
  );
  const field = issue.path.map(String).join('.');
  const label = fieldLabels[String(issue.path.at(-1) ?? '')]?.[lang] ?? field;
  return label ? `${label}: ${text}` : text;
}

/** Picks the message key: the schema's own key where it set one, else one by issue code. */
export function issueKey(issue: z.core.$ZodIssue): string {
  if (issue.message in validationMessages) return issue.message;
  switch (issue.code) {
    case 'too_big':
      return 'tooLong';
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

export function formatIssues(issues: readonly z.core.$ZodIssue[], lang: Language): string {
  return issues.map((issue) => formatIssue(issue, lang)).join('; ');
}
