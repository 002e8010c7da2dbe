import type { ImportTableName } from '../contract/legacy-import.ts';

/**
 * A name as registers vary it, reduced to one key: no diacritics, lower case, words joined by
 * `_` ("Datum narození" → datum_narozeni, "E-mail" → e_mail, "family_name" stays).
 */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** File and sheet names (without .csv) that stand for each table, folded. */
const tableNames: Record<string, ImportTableName> = {
  clients: 'clients',
  klienti: 'clients',
  services: 'services',
  sluzby: 'services',
  ukony: 'services',
  courses: 'courses',
  kurzy: 'courses',
  attendance: 'attendance',
  dochazka: 'attendance',
  tallies: 'tallies',
  anonymni: 'tallies',
  anonymni_ukony: 'tallies',
};

export function tableOfName(name: string): ImportTableName | undefined {
  return tableNames[foldName(name.replace(/\.csv$/i, ''))];
}

/**
 * Headers that registers use for each canonical column, folded (foldName), besides the
 * canonical name itself. Per table, because "Klient" is the ref in clients.csv but the client's
 * ref in services.csv, and "Druh" is a service type or a course kind.
 */
export const headerSynonyms: Record<ImportTableName, Record<string, readonly string[]>> = {
  clients: {
    ref: ['klient', 'cislo_klienta', 'cislo', 'c', 'id', 'id_klienta', 'evidencni_cislo', 'client'],
    family_name: ['prijmeni', 'surname', 'last_name', 'family_name'],
    given_names: ['jmeno', 'jmena', 'krestni_jmeno', 'given_name', 'first_name', 'name'],
    birth_date: ['datum_narozeni', 'narozen', 'narozena', 'rok_narozeni', 'date_of_birth', 'born'],
    sex: ['pohlavi', 'gender'],
    nationality: [
      'statni_prislusnost',
      'statni_obcanstvi',
      'obcanstvi',
      'narodnost',
      'zeme',
      'stat',
      'citizenship',
      'country',
    ],
    residence_status: ['pobyt', 'typ_pobytu', 'pobytovy_status', 'druh_pobytu', 'residence'],
    town: ['obec', 'mesto', 'bydliste', 'city'],
    phone: ['telefon', 'tel', 'mobil', 'phone'],
    email: ['e_mail', 'mail'],
    first_contact: ['prvni_kontakt', 'datum_prvniho_kontaktu'],
    consent_date: ['souhlas', 'datum_souhlasu', 'souhlas_gdpr', 'consent'],
    note: ['poznamka', 'poznamky', 'notes'],
  },
  services: {
    client_ref: ['klient', 'cislo_klienta', 'id_klienta', 'client'],
    date: ['datum'],
    type: ['druh', 'typ', 'sluzba', 'druh_sluzby', 'service'],
    town: ['obec', 'mesto', 'misto', 'city'],
    minutes: ['minut', 'minuty', 'delka', 'delka_min', 'duration'],
    note: ['poznamka', 'poznamky', 'notes'],
  },
  courses: {
    ref: ['kurz', 'cislo_kurzu', 'kod_kurzu', 'kod', 'id', 'course'],
    kind: ['druh', 'typ', 'druh_kurzu', 'typ_kurzu'],
    title: ['nazev', 'nazev_kurzu', 'name'],
    town: ['obec', 'mesto', 'misto', 'city'],
    level: ['uroven'],
    lecturer: ['lektor', 'lektorka', 'teacher'],
    start_date: ['zacatek', 'od', 'datum_zahajeni', 'start'],
    end_date: ['konec', 'do', 'datum_ukonceni', 'end'],
  },
  attendance: {
    course_ref: ['kurz', 'cislo_kurzu', 'kod_kurzu', 'course'],
    client_ref: ['klient', 'cislo_klienta', 'id_klienta', 'client'],
    date: ['datum', 'datum_lekce', 'lekce'],
    present: ['pritomen', 'pritomna', 'pritomnost', 'ucast', 'attended'],
  },
  tallies: {
    date: ['datum'],
    type: ['druh', 'typ', 'sluzba', 'druh_sluzby', 'service'],
    town: ['obec', 'mesto', 'misto', 'city'],
    count: ['pocet', 'pocet_osob', 'number'],
  },
};
