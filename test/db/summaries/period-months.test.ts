import { describe, expect, it } from 'vitest';
import { splitIntoMonths } from '../../../db/summaries/period-months.ts';

const bits = (...months: number[]) => months.reduce((mask, month) => mask | (1 << (month - 1)), 0);

describe('splitting a period into whole months and the days at its ends', () => {
  it('takes a whole year as twelve months and no days', () => {
    expect(splitIntoMonths('2025-01-01', '2025-12-31')).toEqual({
      years: [{ year: 2025, monthMask: bits(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12) }],
      edges: [],
    });
  });

  it('knows the length of February in leap and common years', () => {
    expect(splitIntoMonths('2024-02-01', '2024-02-29').edges).toEqual([]);
    expect(splitIntoMonths('2024-02-01', '2024-02-28')).toEqual({
      years: [],
      edges: [{ from: '2024-02-01', to: '2024-02-28' }],
    });
    expect(splitIntoMonths('2025-02-01', '2025-02-28').years).toEqual([
      { year: 2025, monthMask: bits(2) },
    ]);
  });

  it('leaves the days before the first and after the last whole month to the acts', () => {
    expect(splitIntoMonths('2024-11-15', '2025-03-10')).toEqual({
      years: [
        { year: 2024, monthMask: bits(12) },
        { year: 2025, monthMask: bits(1, 2) },
      ],
      edges: [
        { from: '2024-11-15', to: '2024-11-30' },
        { from: '2025-03-01', to: '2025-03-10' },
      ],
    });
  });

  it('counts a period inside one month, or across two without a whole one, from the acts', () => {
    expect(splitIntoMonths('2025-05-02', '2025-05-30')).toEqual({
      years: [],
      edges: [{ from: '2025-05-02', to: '2025-05-30' }],
    });
    expect(splitIntoMonths('2025-01-31', '2025-02-01')).toEqual({
      years: [],
      edges: [{ from: '2025-01-31', to: '2025-02-01' }],
    });
  });

  it('spans many years, and gives nothing for a period that ends before it starts', () => {
    const since = splitIntoMonths('2010-05-03', '2026-11-30');
    expect(since.years.map((year) => year.year)).toEqual(
      Array.from({ length: 17 }, (_, index) => 2010 + index),
    );
    expect(since.years[0]!.monthMask).toBe(bits(6, 7, 8, 9, 10, 11, 12));
    expect(since.years.at(-1)!.monthMask).toBe(bits(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11));
    expect(since.edges).toEqual([{ from: '2010-05-03', to: '2010-05-31' }]);
    expect(splitIntoMonths('2025-02-01', '2025-01-31')).toEqual({ years: [], edges: [] });
  });
});
