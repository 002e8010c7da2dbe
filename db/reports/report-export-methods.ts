import type { MethodDefinition } from '../api-types.ts';
import { exportPeriodReport } from './export/report-export.ts';
import { buildMonthlyFigures } from './monthly-figures.ts';
import { recordAccess } from '../audit/access-log.ts';

type ReportExportMethod = 'reports.monthly' | 'reports.export';

/** The period report beyond its JSON figures: its trend month by month, and as a file. */
export const reportExportMethods: { [M in ReportExportMethod]: MethodDefinition<M> } = {
  'reports.monthly': { handler: ({ store }, input) => buildMonthlyFigures(store, input) },
  'reports.export': {
    handler: async ({ store, userId, lang }, input) => {
      const file = await exportPeriodReport(store, input, lang);
      const { from, to, town, format } = input;
      recordAccess(store, {
        action: 'report_export',
        userId,
        detail: JSON.stringify({ from, to, town: town ?? null, format }),
      });
      return file;
    },
  },
};
