import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../db/contract/errors.ts';
import {
  envelopeProblem,
  isInternalMessage,
  preview,
  storedProblems,
  storedTextProblem,
} from './fuzz-checks.ts';

describe('the invariants of an answer', () => {
  it('accept the two shapes of the envelope', () => {
    expect(envelopeProblem({ ok: true, value: [] })).toBeNull();
    expect(envelopeProblem({ ok: true, value: null })).toBeNull();
    expect(envelopeProblem({ ok: false, error: { code: 'NOT_FOUND', message: 'x' } })).toBeNull();
  });

  it('refuse anything else: no value, unknown codes, empty messages, what JSON cannot send', () => {
    expect(envelopeProblem(undefined)).toMatch(/not an object/);
    expect(envelopeProblem({ ok: true })).toMatch(/without a value/);
    expect(envelopeProblem({ ok: true, value: 1, extra: 2 })).toMatch(/without a value/);
    expect(envelopeProblem({ ok: false, error: { code: 'OOPS', message: 'x' } })).toMatch(/code/);
    expect(envelopeProblem({ ok: false, error: { code: 'INTERNAL', message: ' ' } })).toMatch(
      /empty message/,
    );
    expect(envelopeProblem({ ok: 'yes' })).toMatch(/ok is yes/);
    expect(envelopeProblem({ ok: true, value: { n: 1n } })).toMatch(/not JSON/);
  });

  it('find INTERNAL in an import job’s message, in both languages', () => {
    for (const lang of ['cs', 'en'] as const) {
      expect(isInternalMessage(`Import selhal: ${errorMessage('INTERNAL', lang)}`, lang)).toBe(
        true,
      );
      expect(isInternalMessage('clients.csv:2: …', lang)).toBe(false);
    }
  });

  it('print long inputs short, and spell out what JSON would lose', () => {
    expect(preview({ a: 'x'.repeat(1000), n: NaN, z: -0, u: undefined })).toEqual({
      a: `${'x'.repeat(40)}…(1000 chars)`,
      n: '<NaN>',
      z: '<-0>',
      u: '<undefined>',
    });
    expect(preview('Pe\u0301tr\u202e')).toBe('Pe\\u0301tr\\u202e');
    expect(preview(Array.from({ length: 10 }, (_, i) => i))).toEqual([
      0,
      1,
      2,
      3,
      4,
      5,
      '…(10 items)',
    ]);
  });
});

describe('what must never be stored', () => {
  it('finds controls, bidi overrides, non-NFC text, invisible names and days out of range', () => {
    expect(storedTextProblem('A\u0000B')).toBe('a control character');
    expect(storedTextProblem('\u001b[31m')).toBe('a control character');
    expect(storedTextProblem('evil\u202e')).toBe('a bidi control');
    expect(storedTextProblem('Pe\u0301trac\u030cek')).toBe('text not in NFC');
    expect(storedTextProblem('\u200b\u200b')).toBe('invisible characters only');
    expect(storedTextProblem('9999-12-31', 'end_date')).toBe('a day out of range');
    expect(storedTextProblem('0100-01-01', 'loaned_on')).toBe('a day out of range');
    expect(storedTextProblem('2101-01-01', 'consent_withdrawn')).toBe('a day out of range');
  });

  it('lets real data be: notes on lines, names in any script, days 1900–2100, numbers', () => {
    for (const value of [
      'line\r\nnext\tcol',
      'Nguyễn Thị',
      'Ковальчук',
      'محمد\u200f',
      '1900-01-01',
    ]) {
      expect(storedTextProblem(value)).toBeNull();
    }
    expect(storedTextProblem('2100-12-31', 'date')).toBeNull();
    // A name that looks like a day is a name.
    expect(storedTextProblem('2101-01-01', 'value')).toBeNull();
    expect(storedTextProblem(3)).toBeNull();
    expect(storedTextProblem(null)).toBeNull();
  });

  it('names where in a dump', () => {
    const dump = { clients: [{ id: 'c1', note: 'x\u0007', town: 'Liberec' }] };
    expect(storedProblems(dump)).toEqual(new Map([['clients.note c1', 'a control character']]));
  });
});
