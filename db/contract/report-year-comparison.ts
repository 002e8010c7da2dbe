import type { ReportFigureDifference } from './report-submissions.ts';
import type { PeriodReport } from './reports.ts';

/**
 * A period beside the same days a year earlier ("srovnání s loňskem"): the earlier report and
 * every figure that differs, as a submitted period is compared (reports.compare).
 */
export interface YearEarlierComparison {
  /** The same days a year earlier (see yearEarlier). */
  period: { from: string; to: string };
  previous: PeriodReport;
  /** Current against previous: `submitted` is the earlier year's number, `current` this one's. */
  differences: ReportFigureDifference[];
}

const pad = (value: number) => String(value).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The same day a year earlier. The last day of a month stays the last day of that month (a
 * February ending on the 28th a year after a leap year ends on the 29th), and 29 February
 * becomes the 28th: a month or a quarter maps to the same month or quarter.
 */
export function dayYearEarlier(iso: string): string {
  const year = Number(iso.slice(0, 4)) - 1;
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  const isMonthEnd = day === daysIn(year + 1, month);
  const shifted = isMonthEnd ? daysIn(year, month) : Math.min(day, daysIn(year, month));
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(shifted)}`;
}

/** The period of the same days a year earlier. */
export function yearEarlier(period: { from: string; to: string }): { from: string; to: string } {
  return { from: dayYearEarlier(period.from), to: dayYearEarlier(period.to) };
}
