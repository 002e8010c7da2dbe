import { isValidIsoDate } from '../../../db/contract/index.ts';

/** The ready-made periods a coordinator reports for, besides dates of their own. */
export const periodPresets = [
  'thisMonth',
  'lastMonth',
  'thisQuarter',
  'lastQuarter',
  'thisHalfYear',
  'lastHalfYear',
  'thisYear',
  'lastYear',
  'sinceOpening',
] as const;
export type PeriodPreset = (typeof periodPresets)[number];
export type PeriodChoice = PeriodPreset | 'custom';

export interface Period {
  from: string;
  to: string;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The first day of month `month` (1-based, may run past 12 or below 1) of `year`. */
function firstDay(year: number, month: number): string {
  const date = new Date(Date.UTC(year, month - 1, 1));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-01`;
}

/** The last day of the span of `months` months that starts with month `month` of `year`. */
function lastDay(year: number, month: number, months: number): string {
  const date = new Date(Date.UTC(year, month - 1 + months, 0));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** A whole calendar span (month, quarter, half-year, year) containing `today`, or `back` spans before. */
function span(today: string, months: number, back: 0 | 1): Period {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const start = Math.floor((month - 1) / months) * months + 1 - back * months;
  return { from: firstDay(year, start), to: lastDay(year, start, months) };
}

/**
 * The dates of a preset period. "Since opening" runs from the first act in the database to
 * today (or to the last act, if one is dated later); null when the database has no act yet.
 */
export function presetPeriod(
  preset: PeriodPreset,
  today: string,
  range: { firstDate: string | null; lastDate: string | null },
): Period | null {
  switch (preset) {
    case 'thisMonth':
      return span(today, 1, 0);
    case 'lastMonth':
      return span(today, 1, 1);
    case 'thisQuarter':
      return span(today, 3, 0);
    case 'lastQuarter':
      return span(today, 3, 1);
    case 'thisHalfYear':
      return span(today, 6, 0);
    case 'lastHalfYear':
      return span(today, 6, 1);
    case 'thisYear':
      return span(today, 12, 0);
    case 'lastYear':
      return span(today, 12, 1);
    case 'sinceOpening':
      if (range.firstDate === null) return null;
      return {
        from: range.firstDate,
        to: range.lastDate !== null && range.lastDate > today ? range.lastDate : today,
      };
  }
}

export function isPeriodChoice(value: string | null): value is PeriodChoice {
  return value === 'custom' || (periodPresets as readonly string[]).includes(value ?? '');
}

/** Why a period cannot be reported on, as a message key; null when it can. */
export function periodProblem(from: string, to: string): 'missingDates' | 'endBeforeStart' | null {
  if (!isValidIsoDate(from) || !isValidIsoDate(to)) return 'missingDates';
  return from <= to ? null : 'endBeforeStart';
}
