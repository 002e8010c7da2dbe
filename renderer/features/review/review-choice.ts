import type { ReviewItem } from '../../../db/contract/index.ts';

/**
 * What the person picked for one review item, as a radio value: `value:N` (the N-th value),
 * `other` (typed), or for a delete against an edit `keepDeleted` / `restore`.
 */
export type ReviewChoice = `value:${number}` | 'other' | 'keepDeleted' | 'restore';

export type ChoiceProblem = 'pickOne' | 'typeOther' | 'notNumber';

export type ChosenValue =
  { ok: true; value: string | number | null } | { ok: false; problem: ChoiceProblem };

/** A field whose values are numbers takes a typed number, not the text of one. */
export function isNumberField(item: ReviewItem): boolean {
  const given = item.values.filter((entry) => entry.value !== null);
  return given.length > 0 && given.every((entry) => typeof entry.value === 'number');
}

/** The choices a person has: each value and another one, or keep deleted / restore. */
export function choicesOf(item: ReviewItem): ReviewChoice[] {
  if (item.kind === 'deleteEdit') return ['keepDeleted', 'restore'];
  return [...item.values.map((_, index): ReviewChoice => `value:${index}`), 'other'];
}

/** The choice that matches what the record shows now, for the "shown now" mark. */
export function currentChoice(item: ReviewItem): ReviewChoice | null {
  const index = item.values.findIndex((entry) => entry.isWinner);
  if (index < 0) return null;
  if (item.kind === 'edit') return `value:${index}`;
  if (item.column !== 'deleted') return null;
  return item.values[index]!.value === 1 ? 'keepDeleted' : 'restore';
}

/** Czech or English decimal: "12,5" and "12.5" are both 12.5. */
function parseNumber(text: string): number | null {
  const normalised = text.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return null;
  return Number(normalised);
}

/**
 * The value to send with sync.resolve for a choice, or why there is none yet. A delete against
 * an edit is settled on the `deleted` field: 1 keeps the record deleted, 0 brings it back.
 */
export function chosenValue(
  item: ReviewItem,
  choice: ReviewChoice | null,
  otherText: string,
): ChosenValue {
  if (choice === null) return { ok: false, problem: 'pickOne' };
  if (choice === 'keepDeleted') return { ok: true, value: 1 };
  if (choice === 'restore') return { ok: true, value: 0 };
  if (choice === 'other') {
    if (otherText.trim() === '') return { ok: false, problem: 'typeOther' };
    if (!isNumberField(item)) return { ok: true, value: otherText.trim() };
    const number = parseNumber(otherText);
    return number === null ? { ok: false, problem: 'notNumber' } : { ok: true, value: number };
  }
  const entry = item.values[Number(choice.slice('value:'.length))];
  return entry ? { ok: true, value: entry.value } : { ok: false, problem: 'pickOne' };
}

/** A snake_case column as the camelCase field name the client screens use ("birth_date" → "birthDate"). */
export function fieldNameOf(column: string): string {
  return column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}
