/**
 * A served client's sex, age group and residence status as SQL over a `clients` row, shared by
 * the report (funder-figures.ts) and its drill-downs, so a figure and the list behind it always
 * group people alike. A value not recorded (NULL or '') reads as NULL.
 */

/** A birth date's month and day: a year alone counts as born on 1 July of that year. */
const monthDay = (birth: string) => `iif(length(${birth}) = 4, '07-01', substr(${birth}, 6, 5))`;

/** Whole years of age on `day` (an ISO date parameter) of someone born on `birth`. */
const age = (birth: string, day: string) =>
  `(CAST(substr(${day}, 1, 4) AS INTEGER) - CAST(substr(${birth}, 1, 4) AS INTEGER)
    - (substr(${day}, 6, 5) < ${monthDay(birth)}))`;

/**
 * The age group (reports.ts ageGroups) on `day` of someone born on `birth` (YYYY-MM-DD or
 * YYYY); NULL when the birth date is unknown. Someone born during the period is 0–14.
 */
export function ageGroupSql(birth: string, day: string): string {
  const years = age(birth, day);
  return `CASE WHEN ${birth} IS NULL OR length(${birth}) NOT IN (4, 10) THEN NULL
    WHEN ${years} < 15 THEN '0-14' WHEN ${years} < 18 THEN '15-17'
    WHEN ${years} < 26 THEN '18-25' WHEN ${years} < 65 THEN '26-64' ELSE '65+' END`;
}

export const sexSql = (client: string) => `nullif(${client}.sex, '')`;
export const residenceStatusSql = (client: string) => `nullif(${client}.residence_status, '')`;
