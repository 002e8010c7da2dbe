import type { MethodDefinition } from '../api-types.ts';
import { drillIntoReport } from './report-drilldown.ts';
import { getReportRange } from './report-range.ts';

type ReportScreenMethod = 'reports.drilldown' | 'reports.range';

/** What the report screen reads beside the report: the acts behind a number, the data's span. */
export const reportScreenMethods: { [M in ReportScreenMethod]: MethodDefinition<M> } = {
  'reports.drilldown': { handler: ({ store }, input) => drillIntoReport(store, input) },
  'reports.range': { handler: ({ store }) => getReportRange(store) },
};
