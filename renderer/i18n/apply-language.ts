import i18next from 'i18next';
import type { Language } from '../../db/contract/index.ts';

/** Switches the texts and the document language together, so screen readers pronounce them right. */
export function applyLanguage(language: Language): void {
  document.documentElement.lang = language;
  if (i18next.language !== language) void i18next.changeLanguage(language);
}
