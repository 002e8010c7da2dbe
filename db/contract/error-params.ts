import type { z } from 'zod';
import { formatCzechDate } from './dates.ts';
import type { Language, Translated } from './language.ts';
import { permissionActionWords } from './permission-words.ts';
import { roleLabels } from './users.ts';
import { formatIssues } from './validation-messages.ts';

/**
 * What an error carries besides its code. Domain code speaks no language: a param is a plain
 * value (a name, a date, a count), a code that errorParamWords turns into words, or a schema's
 * issues (formatIssues writes them out). The words are made with the message, in the caller's
 * language, where the API answers.
 */
export type ErrorParams = Readonly<Record<string, string | number | readonly z.core.$ZodIssue[]>>;

/** Why a service type cannot be recorded (INVALID_SERVICE_TYPE's {reason}), in words. */
const serviceTypeRefusals = {
  notInCatalogue: {
    cs: 'taková služba v katalogu není',
    en: 'no such service in the catalogue',
  },
  archived: { cs: 'služba je archivovaná', en: 'the service is archived' },
  eventAct: {
    cs: 'účast na akci se zapisuje u akce (Akce)',
    en: 'event attendance is recorded with the event',
  },
  courseAct: { cs: 'úkony kurzů vznikají z docházky', en: 'course acts come from attendance' },
  courseTally: {
    cs: 'kurzy mají jen zapsané účastníky',
    en: 'courses have enrolled participants only',
  },
  eventTally: {
    cs: 'účastníci akce se zapisují u akce (Akce)',
    en: 'event participants are recorded with the event',
  },
} satisfies Record<string, Translated>;

/** The code db/services gives as INVALID_SERVICE_TYPE's reason. */
export type ServiceTypeRefusal = keyof typeof serviceTypeRefusals;

/** The words of params given as a code, per error code (errors.ts) and param name. */
const errorParamWords: Partial<Record<string, Record<string, Record<string, Translated>>>> = {
  INVALID_SERVICE_TYPE: { reason: serviceTypeRefusals },
  PERMISSION_DENIED: { role: roleLabels },
};

/** Params worded by a function rather than a table, per error code and param name. */
const errorParamWording: Partial<
  Record<string, Record<string, (value: string, lang: Language) => string>>
> = {
  // A method name ("… (acts.record)") or a rule about the row (permission-words.ts).
  PERMISSION_DENIED: { action: permissionActionWords },
};

/**
 * Params given as an ISO day (YYYY-MM-DD), per error code: a Czech message writes the day as
 * Czechs do (3. 12. 2026), an English one keeps the ISO form.
 */
const dayParams: Partial<Record<string, readonly string[]>> = {
  CONSENT_WITHDRAWN: ['date'],
  CLIENT_NOT_INACTIVE: ['date'],
};

const dayInLanguage = (iso: string, lang: Language) => (lang === 'cs' ? formatCzechDate(iso) : iso);

/** The params as text in one language, ready for the message's {placeholders}. */
export function paramsInLanguage(
  code: string,
  lang: Language,
  params: ErrorParams,
): Record<string, string | number> {
  const words = errorParamWords[code];
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => {
      if (typeof value === 'object') return [name, formatIssues(value, lang)];
      if (typeof value === 'string' && dayParams[code]?.includes(name)) {
        return [name, dayInLanguage(value, lang)];
      }
      const wording = errorParamWording[code]?.[name];
      if (typeof value === 'string' && wording) return [name, wording(value, lang)];
      // Own keys only: a value such as "constructor" is text, not a code.
      const table = words?.[name];
      const isCode =
        typeof value === 'string' && table !== undefined && Object.hasOwn(table, value);
      return [name, isCode ? table[value]![lang] : value];
    }),
  );
}
