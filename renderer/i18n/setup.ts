import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../db/contract/index.ts';
import { cs, type Messages } from './cs.ts';
import { en } from './en.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}

/** Starts i18next synchronously (the texts are bundled), so the first render is translated. */
export function setupI18n(language: Language): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources: { cs: { translation: cs }, en: { translation: en } },
    lng: language,
    fallbackLng: 'cs',
    supportedLngs: ['cs', 'en'],
    initAsync: false,
    // React escapes output itself.
    interpolation: { escapeValue: false },
  });
  return i18next;
}
