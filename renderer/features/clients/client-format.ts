import {
  countryName,
  type Client,
  residenceStatusLabels,
  type Language,
  type ResidenceStatus,
} from '../../../db/contract/index.ts';

const locales: Record<Language, string> = { cs: 'cs-CZ', en: 'en-GB' };

/** "12. 5. 1990" in Czech, "12/05/1990" in English; a year-only birth date stays a year. */
export function formatDate(iso: string | null, language: Language): string {
  if (!iso) return '';
  if (/^\d{4}$/.test(iso)) return iso;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  // Built in UTC and formatted in UTC, so no time zone can shift the day.
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locales[language], {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** A UTC timestamp as a local date and time, for the change history. */
export function formatTimestamp(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locales[language], {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}

export function countryLabel(code: string, language: Language): string {
  return code ? countryName(code, language) : '';
}

export function residenceLabel(status: ResidenceStatus | null, language: Language): string {
  return status ? residenceStatusLabels[status][language] : '';
}

/**
 * Accepts what people type for a birth date: "1990-05-12", "12.5.1990", "12. 5. 1990",
 * "12/05/1990" or a year alone, and gives the ISO form the contract stores. Anything else is returned as typed, so that
 * the schema shows its message instead of the text silently changing.
 */
export function normaliseBirthDate(text: string): string {
  const trimmed = text.trim();
  const czech = /^(\d{1,2})\s*[./]\s*(\d{1,2})\s*[./]\s*(\d{4})$/.exec(trimmed);
  if (!czech) return trimmed;
  const pad = (value: string) => value.padStart(2, '0');
  return `${czech[3]}-${pad(czech[2]!)}-${pad(czech[1]!)}`;
}

/** Lower case without diacritics, so "vietnam" finds "Vietnam" and "cesko" finds "Česko". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/** The name a record is shown under: family name first, as Czech registers list people. */
export function clientName(client: Client): string {
  if (client.isPseudonymous) return client.nickname;
  return `${client.familyName} ${client.givenNames}`.trim();
}
