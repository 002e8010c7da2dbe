import type { MethodDefinition } from '../api-types.ts';
import { drillIntoReport } from './report-drilldown.ts';
import { getReportRange } from '../summaries/report-range.ts';
import { compareWithYearEarlier } from './report-year-comparison.ts';
import { recordAccess } from '../audit/access-log.ts';

type ReportScreenMethod = 'reports.drilldown' | 'reports.range' | 'reports.yearEarlier';

/**
 * What the report screen reads beside the report: the acts behind a number, the data's span,
 * the same period a year earlier.
 */
export const reportScreenMethods: { [M in ReportScreenMethod]: MethodDefinition<M> } = {
  'reports.drilldown': {
    handler: ({ store, userId }, input) => {
      const list = drillIntoReport(store, input);
      // Who saw which people behind a figure: the period, town and list, never the names.
      const { from, to, town, show, filter } = input;
      recordAccess(store, {
        action: 'drilldown',
        userId,
        detail: JSON.stringify({ from, to, town: town ?? null, show, filter }),
      });
      return list;
    },
  },
  'reports.range': { handler: ({ store }) => getReportRange(store) },
  'reports.yearEarlier': { handler: ({ store }, input) => compareWithYearEarlier(store, input) },
};
