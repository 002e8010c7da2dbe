import { describe, expect, it } from 'vitest';
import {
  addYears,
  isNearFutureDate,
  isValidBirthDate,
  isValidIsoDate,
} from '../../../db/contract/dates.ts';
import {
  boundedInt,
  cleanText,
  eventDate,
  eventDateAsOf,
  isoDate,
  optionalEventDate,
  requiredName,
} from '../../../db/contract/input-rules.ts';
import { textProblem } from '../../../db/contract/text-rules.ts';
import { formatIssues } from '../../../db/contract/validation-messages.ts';
import type { z } from 'zod';

/** The message a schema gives for a value, as the API words it (no field label at the top). */
function refusal(schema: z.ZodType, value: unknown, lang: 'cs' | 'en' = 'cs'): string {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error(`accepted ${JSON.stringify(value)}`);
  return formatIssues(parsed.error.issues, lang);
}

describe('dates', () => {
  it('accepts real days from 1900-01-01 to 2100-12-31 only', () => {
    expect(isValidIsoDate('1900-01-01')).toBe(true);
    expect(isValidIsoDate('2100-12-31')).toBe(true);
    expect(isValidIsoDate('1899-12-31')).toBe(false);
    expect(isValidIsoDate('2101-01-01')).toBe(false);
    expect(isValidIsoDate('9999-12-31')).toBe(false);
    expect(isValidIsoDate('0100-01-01')).toBe(false);
    expect(isValidIsoDate('2026-02-29')).toBe(false);
  });

  it('allows an event at most a year after the injected today', () => {
    expect(isNearFutureDate('2027-12-02', '2026-12-02')).toBe(true);
    expect(isNearFutureDate('2027-12-03', '2026-12-02')).toBe(false);
    expect(isNearFutureDate('2010-05-01', '2026-12-02')).toBe(true);
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(addYears('2024-02-29', 2)).toBe('2026-02-28');
  });

  it('keeps birth dates between 1900 and the injected today', () => {
    expect(isValidBirthDate('1899', '2026-12-02')).toBe(false);
    expect(isValidBirthDate('2026', '2026-12-02')).toBe(true);
    expect(isValidBirthDate('2026-12-03', '2026-12-02')).toBe(false);
  });

  it('says which rule a date breaks, one message per date', () => {
    expect(refusal(isoDate, '2026-02-30')).toBe('neplatné datum (RRRR-MM-DD)');
    expect(refusal(isoDate, '9999-12-31')).toBe('datum musí být mezi 1. 1. 1900 a 31. 12. 2100');
    expect(refusal(isoDate, '0100-01-01', 'en')).toBe(
      'the date must lie between 1 Jan 1900 and 31 Dec 2100',
    );
    const twoYearsAhead = addYears(new Date().toISOString().slice(0, 10), 2);
    expect(refusal(eventDate, twoYearsAhead)).toBe('datum může být nejvýše rok dopředu');
    expect(optionalEventDate.parse('')).toBeNull();
    const asOf2010 = eventDateAsOf(() => '2010-06-30');
    expect(asOf2010.parse('2011-06-30')).toBe('2011-06-30');
    expect(refusal(asOf2010, '2011-07-01')).toBe('datum může být nejvýše rok dopředu');
    expect(refusal(optionalEventDate, '9999-12-31')).toContain('mezi 1. 1. 1900');
  });
});

describe('text', () => {
  it('refuses control characters, bidi controls and lone surrogates, each by name', () => {
    expect(textProblem('Nov\u0000ák')).toBe('controlCharacter');
    expect(textProblem('\u001B[31mNovák')).toBe('controlCharacter');
    expect(textProblem('Novák\u0085')).toBe('controlCharacter');
    expect(textProblem('\u202Ekávon')).toBe('bidiControl');
    expect(textProblem('a\u2066b\u2069')).toBe('bidiControl');
    expect(textProblem('\uD800Novák')).toBe('loneSurrogate');
    expect(textProblem('Novák\uDC00')).toBe('loneSurrogate');
    expect(textProblem('Nguyễn 😀 \u200F')).toBeNull();
    expect(textProblem('line one\nline two\tcolumn', true)).toBeNull();
    expect(textProblem('line one\nline two')).toBe('controlCharacter');
  });

  it('words each refusal of a text field', () => {
    const name = requiredName(100);
    expect(refusal(name, 'Nov\u0000ák')).toContain('řídicí znak');
    expect(refusal(name, '\u202Ekávon')).toContain('obracející směr textu');
    expect(refusal(name, '\uD800Novák')).toContain('poškozený znak');
    expect(refusal(name, '\u200B\u200B')).toBe(
      'obsahuje jen neviditelné znaky (např. mezery nulové šířky)',
    );
    expect(refusal(name, '   ')).toBe('povinný údaj');
    expect(refusal(name, '123')).toBe('musí obsahovat aspoň jedno písmeno');
    expect(refusal(cleanText(5), 'abcdef')).toBe('text je příliš dlouhý (nejvýše 5 znaků)');
  });

  it('stores text in NFC, trimmed', () => {
    const decomposed = 'Petra\u0301c\u030Cek';
    expect(decomposed).not.toBe('Petráček');
    expect(requiredName(100).parse(`  ${decomposed} `)).toBe('Petráček');
  });
});

describe('whole numbers', () => {
  it('gives one message that states the range, whatever the number', () => {
    const minutes = boundedInt(1, 1440, 'invalidMinutes');
    for (const value of [0, 1441, 1e308, -1e308, 1.5, Number.NaN, '30']) {
      expect(refusal(minutes, value)).toBe('zadejte celé číslo od 1 do 1440 (nejvýše 24 hodin)');
    }
    expect(refusal(boundedInt(0, 99), 100)).toBe('zadejte celé číslo od 0 do 99');
    expect(minutes.parse(1440)).toBe(1440);
  });
});
