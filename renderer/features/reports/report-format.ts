import type { Language } from '../../../db/contract/index.ts';
import { formatDateRange } from '../courses/course-format.ts';

const locales: Record<Language, string> = { cs: 'cs-CZ', en: 'en-GB' };

/** "2 934" and "6,16" in Czech, "2,934" and "6.16" in English. */
export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(locales[language], { maximumFractionDigits: 2 }).format(value);
}

/** "43,3 %": a part of a whole, one decimal. */
export function formatShare(part: number, whole: number, language: Language): string {
  if (whole === 0) return '';
  return new Intl.NumberFormat(locales[language], {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(part / whole);
}

/** "1. 5. 2010 – 31. 12. 2010". */
export function formatPeriod(from: string, to: string, language: Language): string {
  return formatDateRange(from, to, language);
}
