import type { Translated } from './language.ts';

/** Residence categories of Czech aliens law, as the funder's reports use them. */
export const residenceStatuses = [
  'permanent',
  'long_term',
  'long_term_visa',
  'short_term_visa',
  'international_protection',
  'temporary_protection',
  'other',
] as const;
export type ResidenceStatus = (typeof residenceStatuses)[number];

export const residenceStatusLabels: Record<ResidenceStatus, Translated> = {
  permanent: { cs: 'trvalý pobyt', en: 'permanent residence' },
  long_term: { cs: 'dlouhodobý pobyt', en: 'long-term residence' },
  long_term_visa: { cs: 'dlouhodobé vízum', en: 'long-term visa' },
  short_term_visa: { cs: 'krátkodobé vízum', en: 'short-term visa' },
  international_protection: { cs: 'mezinárodní ochrana', en: 'international protection' },
  temporary_protection: { cs: 'dočasná ochrana', en: 'temporary protection' },
  other: { cs: 'jiné', en: 'other' },
};

/** A status code or its Czech/English label, as registers write it, to the code. */
export function parseResidenceStatus(text: string): ResidenceStatus | null {
  const key = text.trim().toLowerCase();
  for (const status of residenceStatuses) {
    const labels = residenceStatusLabels[status];
    if (key === status || key === labels.cs || key === labels.en) return status;
  }
  return null;
}

export const sexes = ['F', 'M', 'X'] as const;
export type Sex = (typeof sexes)[number];
