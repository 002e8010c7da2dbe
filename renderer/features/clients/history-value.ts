import type { TFunction } from 'i18next';
import type { Language, ResidenceStatus } from '../../../db/contract/index.ts';
import { countryLabel, formatDate, residenceLabel } from './client-format.ts';

const dateFields = new Set([
  'birthDate',
  'residenceValidUntil',
  'firstContact',
  'consentDate',
  'consentWithdrawn',
  'anonymisedOn',
]);
const yesNoFields = new Set(['isPseudonymous', 'isConsentPending']);

/**
 * A value from the change history as the person knows it: a country's name instead of its
 * code, "ano"/"ne" instead of 1/0, a Czech date. Unknown fields show their raw value.
 */
export function formatHistoryValue(
  field: string,
  value: string | number | null,
  language: Language,
  t: TFunction,
): string {
  if (value === null || value === '') return '—';
  const text = String(value);
  if (field === 'nationality') return countryLabel(text, language);
  if (field === 'residenceStatus') return residenceLabel(text as ResidenceStatus, language) || text;
  if (field === 'sex') return t(`clients.sex.${text as 'F' | 'M' | 'X'}`, { defaultValue: text });
  if (dateFields.has(field)) return formatDate(text, language);
  if (yesNoFields.has(field)) {
    return value === 1 || text === 'true' || text === '1' ? t('clients.yes') : t('clients.no');
  }
  if (field === 'languages' || field === 'preferredLanguage') return languageNames(text, language);
  return text;
}

/** Languages may come as "vi", "vi,ru" or a JSON array: all are named. */
function languageNames(text: string, language: Language): string {
  let codes: string[];
  try {
    const parsed: unknown = JSON.parse(text);
    codes = Array.isArray(parsed) ? parsed.map(String) : [text];
  } catch {
    codes = text.split(/[,\s]+/).filter(Boolean);
  }
  const names = new Intl.DisplayNames([language], { type: 'language' });
  return codes.map((code) => names.of(code) ?? code).join(', ') || '—';
}
