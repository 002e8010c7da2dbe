import { describe, expect, it } from 'vitest';
import {
  drilldownPath,
  readDrilldownQuery,
  readReportQuery,
  reportPath,
} from '../../../../renderer/features/reports/report-links.ts';
import {
  periodProblem,
  presetPeriod,
} from '../../../../renderer/features/reports/report-period.ts';

const noData = { firstDate: null, lastDate: null };

describe('the period presets of the report screen', () => {
  it('gives whole calendar months, quarters, half-years and years around today', () => {
    const on = (preset: Parameters<typeof presetPeriod>[0]) =>
      presetPeriod(preset, '2026-11-24', noData);
    expect(on('thisMonth')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(on('lastMonth')).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(on('thisQuarter')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(on('lastQuarter')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(on('thisHalfYear')).toEqual({ from: '2026-07-01', to: '2026-12-31' });
    expect(on('lastHalfYear')).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(on('thisYear')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(on('lastYear')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('crosses into the previous year and knows February of a leap year', () => {
    expect(presetPeriod('lastMonth', '2024-03-10', noData)).toEqual({
      from: '2024-02-01',
      to: '2024-02-29',
    });
    expect(presetPeriod('lastMonth', '2025-01-05', noData)).toEqual({
      from: '2024-12-01',
      to: '2024-12-31',
    });
    expect(presetPeriod('lastQuarter', '2025-02-15', noData)).toEqual({
      from: '2024-10-01',
      to: '2024-12-31',
    });
    expect(presetPeriod('lastHalfYear', '2025-06-30', noData)).toEqual({
      from: '2024-07-01',
      to: '2024-12-31',
    });
  });

  it('runs "since opening" from the first act to today, or to a later act', () => {
    expect(presetPeriod('sinceOpening', '2026-11-24', noData)).toBeNull();
    const range = { firstDate: '2010-05-03', lastDate: '2010-12-20' };
    expect(presetPeriod('sinceOpening', '2026-11-24', range)).toEqual({
      from: '2010-05-03',
      to: '2026-11-24',
    });
    const future = { firstDate: '2026-01-05', lastDate: '2026-12-01' };
    expect(presetPeriod('sinceOpening', '2026-11-24', future)?.to).toBe('2026-12-01');
  });

  it('names what is wrong with a period', () => {
    expect(periodProblem('2026-01-01', '')).toBe('missingDates');
    expect(periodProblem('2026-02-30', '2026-03-01')).toBe('missingDates');
    expect(periodProblem('2026-03-01', '2026-02-01')).toBe('endBeforeStart');
    expect(periodProblem('2026-03-01', '2026-03-01')).toBeNull();
  });
});

describe('the report and drill-down addresses', () => {
  const query = {
    choice: 'custom' as const,
    from: '2010-05-01',
    to: '2010-12-31',
    town: 'Česká Lípa',
  };
  const paramsOf = (path: string) => new URLSearchParams(path.slice(path.indexOf('?') + 1));

  it('keeps the period and town in the report address', () => {
    expect(readReportQuery(paramsOf(reportPath(query)))).toEqual(query);
    expect(readReportQuery(new URLSearchParams(), '2026-11-24')).toEqual({
      choice: 'thisYear',
      from: '2026-01-01',
      to: '2026-12-31',
      town: null,
    });
  });

  it('carries the filter of a drill-down there and back', () => {
    const filter = { country: 'VN', type: 'internet', town: 'Liberec', courseKind: 'pc' as const };
    const path = drilldownPath(query, 'clients', filter);
    expect(path.startsWith('/reports/detail?')).toBe(true);
    expect(readDrilldownQuery(paramsOf(path))).toEqual({
      report: query,
      show: 'clients',
      filter,
      page: 1,
    });
    const participants = drilldownPath(query, 'clients', { isCourseAttendance: true });
    expect(readDrilldownQuery(paramsOf(participants))?.filter).toEqual({
      isCourseAttendance: true,
    });
    expect(
      readDrilldownQuery(paramsOf('/reports/detail?from=2010-05-01&to=2010-12-31')),
    ).toBeNull();
    expect(readDrilldownQuery(paramsOf(path.replace('kind=pc', 'kind=yoga')))).toBeNull();
  });
});
