import { z } from 'zod';
import {
  isCalendarDate,
  isDateInRange,
  isNearFutureDate,
  isValidBirthDate,
  todayIso,
} from './dates.ts';
import {
  hasBidiControl,
  hasControlCharacter,
  hasLoneSurrogate,
  isBlankOrHasLetter,
  isBlankOrVisible,
} from './text-rules.ts';

/**
 * The building blocks of every input schema: one rule per kind of value (text, name, date,
 * whole number), so that the API, the CLI and the forms refuse the same things with the same
 * words. Messages are keys of validationMessages.
 */

interface TextOptions {
  /** Tabs and line breaks allowed (notes, other spellings one per line). */
  isMultiLine?: boolean;
  /** The message when the value is not a string at all (absent, a number…). */
  typeError?: string;
}

/**
 * Text as stored: no lone surrogates, control characters or bidi overrides (each refused with
 * its own message, and first, so one field gets one message), then NFC so that "Petráček" typed
 * with a combining accent is the same name as the precomposed one, trimmed, at most `max` long.
 */
export function cleanText(max: number, options: TextOptions = {}) {
  return z
    .string({ error: options.typeError ?? 'invalidType' })
    .refine((value) => !hasLoneSurrogate(value), { error: 'loneSurrogate', abort: true })
    .refine((value) => !hasControlCharacter(value, options.isMultiLine), {
      error: 'controlCharacter',
      abort: true,
    })
    .refine((value) => !hasBidiControl(value), { error: 'bidiControl', abort: true })
    .normalize('NFC')
    .trim()
    .max(max, { error: 'tooLong', abort: true })
    .refine(isBlankOrVisible, { error: 'invisibleOnly', abort: true });
}

/** Text that must be given: something visible, not only spaces or zero-width characters. */
export function requiredText(max: number) {
  return cleanText(max, { typeError: 'required' }).min(1, { error: 'required' });
}

/** A person's or a place's name where it may be empty: if given, it has a letter in it. */
export function optionalName(max: number) {
  return cleanText(max).refine(isBlankOrHasLetter, { error: 'needsLetter' });
}

/** A name that must be given and must contain a letter (not "…", not "123"). */
export function requiredName(max: number) {
  return requiredText(max).refine(isBlankOrHasLetter, { error: 'needsLetter' });
}

/** A record id, as the API hands them out (UUIDv7); a bound keeps junk out of the queries. */
export const recordId = z
  .string({ error: 'required' })
  .min(1, { error: 'required' })
  .max(100, { error: 'tooLong' });

/** A whole number from min to max, with one message (the field's own) for every way to miss. */
export function boundedInt(min: number, max: number, message = 'intRange') {
  return z
    .number({ error: message })
    .refine((value) => Number.isInteger(value) && value >= min && value <= max, {
      error: message,
      params: { min, max },
    });
}

/** A number (fractions allowed) from min to max. */
export function boundedNumber(min: number, max: number) {
  return z.number({ error: 'numberRange' }).refine((value) => value >= min && value <= max, {
    error: 'numberRange',
    params: { min, max },
  });
}

interface DateOptions {
  /** '' passes the checks (an optional form field left empty). */
  allowEmpty?: boolean;
  /**
   * For the day of something that happened (a consent, a first contact, an act): today's date,
   * asked at each check; the day may be at most a year after it.
   */
  today?: () => string;
}

/**
 * A calendar day YYYY-MM-DD from 1900-01-01 to 2100-12-31, and an event's day at most a year
 * ahead. One message per field: the first rule the date breaks.
 */
function dateText({ allowEmpty = false, today }: DateOptions = {}) {
  const unlessEmpty = (check: (value: string) => boolean) => (value: string) =>
    (allowEmpty && value === '') || check(value);
  return z
    .string({ error: allowEmpty ? 'invalidType' : 'invalidDate' })
    .trim()
    .refine(unlessEmpty(isCalendarDate), { error: 'invalidDate', abort: true })
    .refine(unlessEmpty(isDateInRange), { error: 'dateOutOfRange', abort: true })
    .refine(
      unlessEmpty((value) => !today || isNearFutureDate(value, today())),
      {
        error: 'dateTooFarAhead',
      },
    );
}

/** Any accepted day: a course's dates, a report's period, a due date. */
export const isoDate = dateText();

/**
 * The day of something that happened, by the clock `today` (tests pass their own day; the
 * contract's schemas use todayIso, the same clock as birth dates).
 */
export function eventDateAsOf(today: () => string) {
  return dateText({ today });
}
export const eventDate = eventDateAsOf(() => todayIso());

/** A date a form may leave empty: '' and null both mean "no date" (stored as null). */
function optionalDate(options: DateOptions) {
  return dateText({ ...options, allowEmpty: true })
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional();
}

export const optionalIsoDate = optionalDate({});
export const optionalEventDate = optionalDate({ today: () => todayIso() });

/** A birth date: YYYY-MM-DD or a year alone, from 1900, not in the future; '' means unknown. */
export const birthDate = z
  .string({ error: 'invalidType' })
  .trim()
  .refine((value) => value === '' || isValidBirthDate(value), { error: 'invalidBirthDate' })
  .transform((value) => (value === '' ? null : value))
  .nullable()
  .optional();
