import type { TFunction } from 'i18next';
import type { Language, ReviewItem, ReviewValue } from '../../../db/contract/index.ts';
import { formatTimestamp } from '../clients/client-format.ts';
import { formatHistoryValue } from '../clients/history-value.ts';
import { fieldNameOf } from './review-choice.ts';

/**
 * One value of a review item as people know it: a client's country by name, a date in Czech,
 * "smazáno" for a deletion; an empty value says so instead of showing nothing.
 */
export function reviewValueText(
  item: ReviewItem,
  value: ReviewValue['value'],
  language: Language,
  t: TFunction,
): string {
  if (item.kind === 'deleteEdit' && item.column === 'deleted') {
    // The other side of a delete is an edit of the record, not a value of its own.
    return value === 1 ? t('review.deletedValue') : t('review.editedValue');
  }
  if (value === null || value === '') return t('review.emptyValue');
  // A merge's survivor or an act's client: the person's name, not an id.
  const named = item.values.find((entry) => entry.value === value)?.valueLabel;
  if (named) return named;
  if (item.column === 'deleted') {
    return value === 1 ? t('review.deletedValue') : t('review.restoredValue');
  }
  if (item.table === 'clients') {
    return formatHistoryValue(fieldNameOf(item.column), value, language, t);
  }
  return String(value);
}

/** Where a value came from: "Jablonec · Jana Nová · 3. 12. 2026 14:05". */
export function reviewValueSource(entry: ReviewValue, language: Language, t: TFunction): string {
  return t('review.valueSource', {
    site: entry.siteName,
    author: entry.authorName ?? t('review.unknownAuthor'),
    at: formatTimestamp(entry.at, language),
  });
}
