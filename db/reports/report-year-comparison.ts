import { yearEarlier, type YearEarlierComparison } from '../contract/report-year-comparison.ts';
import type { Store } from '../store.ts';
import { compareReports } from './report-comparison.ts';
import { buildPeriodReport } from './period-report.ts';
import { withFreshSummaries } from '../summaries/refresh-summaries.ts';

/**
 * A period beside the same days a year earlier, in the same town: the earlier report and every
 * figure that moved — compared as a submitted period is, the earlier year in `submitted`.
 */
export function compareWithYearEarlier(
  store: Store,
  input: { from: string; to: string; town?: string | undefined },
): YearEarlierComparison {
  return withFreshSummaries(store, () => {
    const period = yearEarlier(input);
    const current = buildPeriodReport(store, input);
    const previous = buildPeriodReport(store, { ...input, ...period });
    return { period, previous, differences: compareReports(previous, current) };
  });
}
