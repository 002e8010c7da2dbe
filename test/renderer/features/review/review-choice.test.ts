import { describe, expect, it } from 'vitest';
import {
  choicesOf,
  chosenValue,
  currentChoice,
  fieldNameOf,
  isNumberField,
} from '../../../../renderer/features/review/review-choice.ts';
import { deleteConflict, phoneConflict } from './review-fixtures.ts';

describe("a person's choice in the review queue", () => {
  it('offers each value and another one for concurrent edits', () => {
    expect(choicesOf(phoneConflict())).toEqual(['value:0', 'value:1', 'other']);
    expect(currentChoice(phoneConflict())).toBe('value:1');
  });

  it('sends the picked value as it is stored', () => {
    expect(chosenValue(phoneConflict(), 'value:0', '')).toEqual({
      ok: true,
      value: '+420 777 111 222',
    });
  });

  it('sends a typed value, and asks for one when the field is left empty', () => {
    expect(chosenValue(phoneConflict(), 'other', ' 603 000 000 ')).toEqual({
      ok: true,
      value: '603 000 000',
    });
    expect(chosenValue(phoneConflict(), 'other', '  ')).toEqual({
      ok: false,
      problem: 'typeOther',
    });
    expect(chosenValue(phoneConflict(), null, '')).toEqual({ ok: false, problem: 'pickOne' });
  });

  it('reads a number for a number field, with a decimal comma too', () => {
    const minutes = phoneConflict({
      column: 'minutes',
      values: phoneConflict().values.map((entry, index) => ({ ...entry, value: 30 + index })),
    });
    expect(isNumberField(minutes)).toBe(true);
    expect(isNumberField(phoneConflict())).toBe(false);
    expect(chosenValue(minutes, 'other', '45')).toEqual({ ok: true, value: 45 });
    expect(chosenValue(minutes, 'other', '12,5')).toEqual({ ok: true, value: 12.5 });
    expect(chosenValue(minutes, 'other', 'půl hodiny')).toEqual({
      ok: false,
      problem: 'notNumber',
    });
  });

  it('keeps deleted with 1 and restores with 0', () => {
    const item = deleteConflict();
    expect(choicesOf(item)).toEqual(['keepDeleted', 'restore']);
    expect(currentChoice(item)).toBe('keepDeleted');
    expect(chosenValue(item, 'keepDeleted', '')).toEqual({ ok: true, value: 1 });
    expect(chosenValue(item, 'restore', '')).toEqual({ ok: true, value: 0 });
  });

  it('names a column as the client screens name its field', () => {
    expect(fieldNameOf('birth_date')).toBe('birthDate');
    expect(fieldNameOf('phone')).toBe('phone');
  });
});
