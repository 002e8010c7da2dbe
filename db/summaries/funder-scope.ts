import { countries, isEuEeaChCountry } from '../contract/countries.ts';

/**
 * Whom the funder's figures count: third-country nationals only (the press release's "klienti
 * z řad cizinců třetích zemí"; the European Fund for the Integration of Third-Country
 * Nationals). Citizens of the EU, the EEA and Switzerland, and Czech citizens, are served like
 * anyone, but the report shows them apart (`otherClients`) and leaves them out of every other
 * figure. The set is the contract's (db/contract/countries.ts: the maintained ISO list of
 * i18n-iso-countries and the explicit EU/EEA/CH codes), so the client's page, which says
 * whether someone is a third-country national, and the report agree. Membership as it is today
 * (the United Kingdom counts as a third country, Croatia as a member) whatever the period.
 */
export function isOtherClientNationality(nationality: string): boolean {
  return isEuEeaChCountry(nationality);
}

/** The same codes as an SQL list: `nationality IN (…)` marks the acts of other clients. */
export const otherNationalitiesSql = countries
  .filter((country) => country.isEuEeaCh)
  .map((country) => `'${country.code}'`)
  .join(', ');
