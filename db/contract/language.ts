/** Languages the UI and every message speak; Czech first. */
export const languages = ['cs', 'en'] as const;
export type Language = (typeof languages)[number];

export function toLanguage(value: unknown): Language {
  return value === 'en' ? 'en' : 'cs';
}

export type Translated = Record<Language, string>;

/** Fills {name} placeholders; an unknown one stays visible rather than vanishing. */
export function fillPlaceholders(text: string, params: Readonly<Record<string, unknown>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) =>
    params[key] === undefined ? whole : String(params[key]),
  );
}
