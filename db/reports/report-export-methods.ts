import type { MethodDefinition } from '../api-types.ts';
import { exportPeriodReport } from './export/report-export.ts';
import { buildMonthlyFigures } from './monthly-figures.ts';

type ReportExportMethod = 'reports.monthly' | 'reports.export';

/** The period report beyond its JSON figures: its trend month by month, and as a file. */
export const reportExportMethods: { [M in ReportExportMethod]: MethodDefinition<M> } = {
  'reports.monthly': { handler: ({ store }, input) => buildMonthlyFigures(store, input) },
  'reports.export': {
    handler: ({ store, lang }, input) => exportPeriodReport(store, input, lang),
  },
};
