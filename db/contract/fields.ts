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
  isPseudonymous: { cs: 'Pseudonymní klient', en: 'Pseudonymous client' },
  familyName: { cs: 'Příjmení', en: 'Family name' },
  givenNames: { cs: 'Jméno', en: 'Given names' },
  nickname: { cs: 'Přezdívka', en: 'Nickname' },
  otherSpellings: { cs: 'Jiné podoby jména', en: 'Other spellings' },
  birthDate: { cs: 'Datum narození', en: 'Birth date' },
  sex: { cs: 'Pohlaví', en: 'Sex' },
  nationality: { cs: 'Státní příslušnost', en: 'Nationality' },
  residenceStatus: { cs: 'Pobytový status', en: 'Residence status' },
  residenceValidUntil: { cs: 'Pobyt platný do', en: 'Residence valid until' },
  phone: { cs: 'Telefon', en: 'Phone' },
  email: { cs: 'E-mail', en: 'E-mail' },
  languages: { cs: 'Jazyky', en: 'Languages' },
  preferredLanguage: { cs: 'Preferovaný jazyk', en: 'Preferred language' },
  firstContact: { cs: 'První kontakt', en: 'First contact' },
  consentDate: { cs: 'Datum souhlasu', en: 'Consent date' },
  consentVersion: { cs: 'Verze textu souhlasu', en: 'Consent text version' },
  consentWithdrawn: { cs: 'Souhlas odvolán', en: 'Consent withdrawn' },
  isConsentPending: { cs: 'Souhlas bude doplněn', en: 'Consent pending' },
  note: { cs: 'Poznámka', en: 'Note' },
  text: { cs: 'Hledaný text', en: 'Search text' },
  survivorId: { cs: 'Ponechaný záznam', en: 'Record kept' },
  mergedId: { cs: 'Sloučený záznam', en: 'Merged record' },
  language: { cs: 'Jazyk', en: 'Language' },
};
