import { todayIso } from '../../../db/contract/index.ts';

export const periodPresets = ['thisMonth', 'lastMonth', 'thisYear'] as const;
export type PeriodPreset = (typeof periodPresets)[number];

export interface Period {
  from: string;
  to: string;
}

/** Whole calendar periods around today: this month, last month, this year. */
export function presetPeriod(preset: PeriodPreset, today = todayIso()): Period {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  switch (preset) {
    case 'thisMonth':
      return monthPeriod(year, month);
    case 'lastMonth':
      return month === 1 ? monthPeriod(year - 1, 12) : monthPeriod(year, month - 1);
    case 'thisYear':
      return { from: `${year}-01-01`, to: `${year}-12-31` };
  }
}

function monthPeriod(year: number, month: number): Period {
  // Day 0 of the next month is the last day of this one.
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const prefix = `${year}-${String(month).padStart(2, '0')}`;
  return { from: `${prefix}-01`, to: `${prefix}-${lastDay}` };
}
