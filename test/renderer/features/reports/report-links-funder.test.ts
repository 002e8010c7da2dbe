import { describe, expect, it } from 'vitest';
import { dayYearEarlier, yearEarlier } from '../../../../db/contract/index.ts';
import {
  drilldownPath,
  readDrilldownQuery,
  type ReportQuery,
} from '../../../../renderer/features/reports/report-links.ts';

const query: ReportQuery = { choice: 'custom', from: '2010-05-01', to: '2010-12-31', town: null };
const roundTrip = (path: string) => readDrilldownQuery(new URLSearchParams(path.split('?')[1]));

describe('the drill-down links of the funder’s figures', () => {
  it('carry every new filter through the address and back', () => {
    for (const filter of [
      { sex: 'F' as const },
      { sex: 'unknown' as const },
      { ageGroup: '65+' as const },
      { ageGroup: 'unknown' as const },
      { residenceStatus: 'temporary_protection' },
      { isNew: true },
      { isNew: false },
      { partnerKind: 'labour_office' },
      { isReferral: true },
      { isOtherClient: true },
      { isOtherClient: true, town: 'Liberec' },
    ]) {
      expect(roundTrip(drilldownPath(query, 'clients', filter))?.filter).toEqual(filter);
    }
  });

  it('refuses an address whose filter the contract would refuse', () => {
    const path = drilldownPath(query, 'clients', { sex: 'F' }).replace('sex=F', 'sex=Q');
    expect(roundTrip(path)).toBeNull();
    expect(roundTrip(drilldownPath(query, 'clients').concat('&kind=cooking'))).toBeNull();
  });
});

describe('the same days a year earlier', () => {
  it('keeps a month a month and a quarter a quarter, leap years included', () => {
    expect(yearEarlier({ from: '2011-05-01', to: '2011-12-31' })).toEqual({
      from: '2010-05-01',
      to: '2010-12-31',
    });
    expect(yearEarlier({ from: '2025-02-01', to: '2025-02-28' })).toEqual({
      from: '2024-02-01',
      to: '2024-02-29',
    });
    expect(yearEarlier({ from: '2024-02-01', to: '2024-02-29' })).toEqual({
      from: '2023-02-01',
      to: '2023-02-28',
    });
    expect(dayYearEarlier('2024-02-28')).toBe('2023-02-28');
    expect(dayYearEarlier('2026-12-03')).toBe('2025-12-03');
  });
});
