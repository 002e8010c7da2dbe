import type { Translated } from './language.ts';

/**
 * Labels of input fields, by field name, so that every validation message names the field the
 * person sees (the form shows the same label).
 */
export const fieldLabels: Record<string, Translated> = {
  name: { cs: 'Název pracoviště', en: 'Site name' },
  town: { cs: 'Obec', en: 'Town' },
  isHq: { cs: 'Typ pracoviště', en: 'Site type' },
  adminName: { cs: 'Vaše jméno', en: 'Your name' },
  organisationName: { cs: 'Název organizace', en: 'Organisation name' },
  fundingLine: { cs: 'Řádek o financování', en: 'Funding line' },
  defaultLanguage: { cs: 'Výchozí jazyk', en: 'Default language' },
};
