import type { Language } from '../../contract/language.ts';

/**
 * The words of the exported period report (CSV, XLSX, PDF), in Czech (the norm) or English.
 * The same terms as the report screen, so that a figure reads the same on screen and on paper.
 */
export const exportText = {
  cs: {
    documentTitle: 'Přehled služeb za období',
    period: 'Období',
    from: 'Od',
    to: 'Do',
    town: 'Obec',
    allTowns: 'všechny obce',
    townNote: 'jen úkony poskytnuté v obci {town}',
    site: 'Pracoviště',
    indicator: 'Ukazatel',
    value: 'Hodnota',
    clients: 'Klienti',
    countries: 'Země původu',
    acts: 'Úkony',
    actsPerClient: 'Úkonů na klienta',
    /** The headline figures say whom they count: third-country nationals only. */
    thirdCountryClients: 'Klienti z třetích zemí',
    thirdCountryCountries: 'Země původu (třetí země)',
    thirdCountryActs: 'Úkony klientům z třetích zemí',
    newClients: 'Noví klienti (první úkon v období)',
    returningClients: 'Vracející se klienti',
    events: 'Akce (setkání platformy, konference, informační setkání)',
    eventParticipants: 'Účastníci akcí celkem',
    eventClients: 'Registrovaní klienti na akcích',
    otherClients: 'Klienti z EU/EHP/Švýcarska a Česka (mimo přehled)',
    otherActs: 'Jejich úkony (mimo přehled)',
    sex: 'Pohlaví',
    ageGroup: 'Věková skupina',
    residenceStatus: 'Pobytový status',
    partnerKind: 'Druh organizace',
    referrals: 'Odkázání',
    notRecorded: 'neuvedeno',
    sexNames: { F: 'ženy', M: 'muži', X: 'jiné' },
    country: 'Státní příslušnost',
    countryCode: 'Kód',
    type: 'Služba',
    kind: 'Druh kurzu',
    courses: 'Kurzy',
    participants: 'Účastníci',
    month: 'Měsíc',
    others: 'ostatní ({count} zemí)',
    none: 'Žádné záznamy.',
    page: 'Strana',
    continued: 'pokračování',
    generated: 'Vytvořeno v aplikaci Přístav dne {date}',
    countingNote:
      'Klienti: jednotliví státní příslušníci třetích zemí s alespoň jedním úkonem v období (sloučené záznamy jednoho člověka se počítají jednou); klienti z EU, EHP, Švýcarska a Česka jsou uvedeni zvlášť. Úkony: poskytnuté služby, navštívené lekce kurzů a výpůjčky knihovny. Kurz se počítá, pokud v období proběhla alespoň jedna jeho lekce. Anonymní úkony neregistrovaných návštěvníků se do klientů ani úkonů nezapočítávají.',
    moreTowns: 'další obce ({count}) jsou v tabulce',
    tables: {
      summary: 'Souhrn',
      nationalities: 'Národnosti',
      serviceTypes: 'Druhy služeb',
      courses: 'Kurzy',
      towns: 'Obce',
      anonymous: 'Anonymní',
      months: 'Po měsících',
      funder: 'Pro poskytovatele',
      sexes: 'Pohlaví',
      ageGroups: 'Věk',
      residence: 'Pobyt',
      referrals: 'Odkázání',
    },
    /** Longer titles where there is room (PDF headings, CSV section lines). */
    headings: {
      summary: 'Souhrn za období',
      nationalities: 'Klienti podle státní příslušnosti',
      serviceTypes: 'Klienti a úkony podle služeb',
      courses: 'Kurzy, které v období probíhaly',
      towns: 'Podle obce, kde byl úkon poskytnut',
      anonymous: 'Anonymní úkony',
      months: 'Klienti a úkony po měsících',
      funder: 'Další ukazatele pro poskytovatele dotace',
      sexes: 'Klienti podle pohlaví',
      ageGroups: 'Klienti podle věku k prvnímu dni období',
      residence: 'Klienti podle pobytového statusu',
      referrals: 'Odkázání na partnerské organizace',
    },
    /** Said under a table's heading: what its numbers do not include. */
    notes: {
      anonymous: 'Neregistrovaní návštěvníci; nezapočítávají se do klientů ani úkonů.',
      funder:
        'Klienti z EU, EHP, Švýcarska a Česka nejsou klienty projektu; žádný jiný údaj přehledu je nezahrnuje.',
      ageGroups: 'Datum narození uvedené jen rokem se počítá jako 1. července.',
    },
    charts: {
      nationalities: 'Klienti podle státní příslušnosti',
      months: 'Úkony a klienti po měsících',
      towns: 'Klienti a úkony podle obce',
    },
  },
  en: {
    documentTitle: 'Service report for the period',
    period: 'Period',
    from: 'From',
    to: 'To',
    town: 'Town',
    allTowns: 'all towns',
    townNote: 'only acts delivered in {town}',
    site: 'Site',
    indicator: 'Indicator',
    value: 'Value',
    clients: 'Clients',
    countries: 'Countries of origin',
    acts: 'Acts',
    actsPerClient: 'Acts per client',
    thirdCountryClients: 'Third-country clients',
    thirdCountryCountries: 'Countries of origin (third countries)',
    thirdCountryActs: 'Acts for third-country clients',
    newClients: 'New clients (first act in the period)',
    returningClients: 'Returning clients',
    events: 'Events (platform meetings, conferences, information sessions)',
    eventParticipants: 'Event participants in all',
    eventClients: 'Registered clients at events',
    otherClients: 'Clients from the EU/EEA/Switzerland and Czechia (not counted)',
    otherActs: 'Their acts (not counted)',
    sex: 'Sex',
    ageGroup: 'Age group',
    residenceStatus: 'Residence status',
    partnerKind: 'Kind of organisation',
    referrals: 'Referrals',
    notRecorded: 'not recorded',
    sexNames: { F: 'women', M: 'men', X: 'other' },
    country: 'Nationality',
    countryCode: 'Code',
    type: 'Service',
    kind: 'Course kind',
    courses: 'Courses',
    participants: 'Participants',
    month: 'Month',
    others: 'others ({count} countries)',
    none: 'No records.',
    page: 'Page',
    continued: 'continued',
    generated: 'Made with Přístav on {date}',
    countingNote:
      'Clients: individual third-country nationals with at least one act in the period (merged records of one person count once); clients from the EU, the EEA, Switzerland and Czechia are shown apart. Acts: services delivered, course lessons attended and library loans. A course counts when at least one of its lessons took place in the period. Anonymous acts of unregistered visitors are not counted in clients or acts.',
    moreTowns: 'further towns ({count}) are in the table',
    tables: {
      summary: 'Summary',
      nationalities: 'Nationalities',
      serviceTypes: 'Service types',
      courses: 'Courses',
      towns: 'Towns',
      anonymous: 'Anonymous',
      months: 'By month',
      funder: 'For the funder',
      sexes: 'Sex',
      ageGroups: 'Age',
      residence: 'Residence',
      referrals: 'Referrals',
    },
    headings: {
      summary: 'Summary of the period',
      nationalities: 'Clients by nationality',
      serviceTypes: 'Clients and acts by service',
      courses: 'Courses running in the period',
      towns: 'By the town where the act was delivered',
      anonymous: 'Anonymous acts',
      months: 'Clients and acts by month',
      funder: 'Further figures for the funder',
      sexes: 'Clients by sex',
      ageGroups: 'Clients by age on the first day of the period',
      residence: 'Clients by residence status',
      referrals: 'Referrals to partner organisations',
    },
    notes: {
      anonymous: 'Unregistered visitors; not counted in clients or acts.',
      funder:
        'Clients from the EU, the EEA, Switzerland and Czechia are not the project’s clients; no other figure of the report includes them.',
      ageGroups: 'A birth date given as a year alone counts as 1 July.',
    },
    charts: {
      nationalities: 'Clients by nationality',
      months: 'Acts and clients by month',
      towns: 'Clients and acts by town',
    },
  },
} satisfies Record<Language, unknown>;

export type ExportText = (typeof exportText)['cs'];

const locales: Record<Language, string> = { cs: 'cs-CZ', en: 'en-GB' };

/** "1. 5. 2010" in Czech, "1 May 2010" in English. */
export function formatDay(iso: string, lang: Language): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  if (lang === 'cs') return `${day}. ${month}. ${year}`;
  return new Intl.DateTimeFormat(locales.en, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

/** "1. 5. 2010 – 31. 12. 2010". */
export function formatPeriod(from: string, to: string, lang: Language): string {
  return `${formatDay(from, lang)} – ${formatDay(to, lang)}`;
}

// One formatter per language, made once: creating an Intl formatter costs tens of µs, and a report
// over a long period formats tens of thousands of numbers (the API fuzzer found a 200-year
// export spending a second on it).
const monthFormats = byLanguage(
  (locale) => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
);
const numberFormats = byLanguage(
  (locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }),
);

function byLanguage<T>(make: (locale: string) => T): Record<Language, T> {
  return { cs: make(locales.cs), en: make(locales.en) };
}

/** "květen 2010" / "May 2010" for 'YYYY-MM'. */
export function formatMonth(month: string, lang: Language): string {
  const [year, index] = month.split('-').map(Number) as [number, number];
  return monthFormats[lang].format(new Date(Date.UTC(year, index - 1, 1)));
}

const shortMonths: Record<Language, string[]> = {
  // The abbreviations of Czech calendars; Intl gives "květen 10", too long under a chart.
  cs: ['led', 'úno', 'bře', 'dub', 'kvě', 'čvn', 'čvc', 'srp', 'zář', 'říj', 'lis', 'pro'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** "kvě" / "May" for 'YYYY-MM': a month under a chart's axis (the year is written apart). */
export function formatShortMonth(month: string, lang: Language): string {
  return shortMonths[lang][Number(month.slice(5, 7)) - 1] ?? month;
}

/** "2 934" / "2,934" and "6,16" / "6.16": numbers as people read them on paper. */
export function formatNumber(value: number, lang: Language): string {
  return numberFormats[lang].format(value);
}
