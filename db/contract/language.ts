/** Languages the UI and every message speak; Czech first. */
export const languages = ['cs', 'en'] as const;
export type Language = (typeof languages)[number];

export function toLanguage(value: unknown): Language {
  return value === 'en' ? 'en' : 'cs';
}

export type Translated = Record<Language, string>;
