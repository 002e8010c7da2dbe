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
      'Klienti: jednotliví klienti s alespoň jedním úkonem v období (sloučené záznamy jednoho člověka se počítají jednou). Úkony: poskytnuté služby, navštívené lekce kurzů a výpůjčky knihovny. Kurz se počítá, pokud v období proběhla alespoň jedna jeho lekce. Anonymní úkony neregistrovaných návštěvníků se do klientů ani úkonů nezapočítávají.',
    moreTowns: 'další obce ({count}) jsou v tabulce',
    tables: {
      summary: 'Souhrn',
      nationalities: 'Národnosti',
      serviceTypes: 'Druhy služeb',
      courses: 'Kurzy',
      towns: 'Obce',
      anonymous: 'Anonymní',
      months: 'Po měsících',
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
    },
    /** Said under a table's heading: what its numbers do not include. */
    notes: { anonymous: 'Neregistrovaní návštěvníci; nezapočítávají se do klientů ani úkonů.' },
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
      'Clients: individual clients with at least one act in the period (merged records of one person count once). Acts: services delivered, course lessons attended and library loans. A course counts when at least one of its lessons took place in the period. Anonymous acts of unregistered visitors are not counted in clients or acts.',
    moreTowns: 'further towns ({count}) are in the table',
    tables: {
      summary: 'Summary',
      nationalities: 'Nationalities',
      serviceTypes: 'Service types',
      courses: 'Courses',
      towns: 'Towns',
      anonymous: 'Anonymous',
      months: 'By month',
    },
    headings: {
      summary: 'Summary of the period',
      nationalities: 'Clients by nationality',
      serviceTypes: 'Clients and acts by service',
      courses: 'Courses running in the period',
      towns: 'By the town where the act was delivered',
      anonymous: 'Anonymous acts',
      months: 'Clients and acts by month',
    },
    notes: { anonymous: 'Unregistered visitors; not counted in clients or acts.' },
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
