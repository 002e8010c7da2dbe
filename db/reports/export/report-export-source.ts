import { getSettings } from '../../settings/settings-queries.ts';
import { listServiceTypes } from '../../services/service-catalogue.ts';
import { getThisSite } from '../../site/site-queries.ts';
import type { Store } from '../../store.ts';
import { buildMonthlyFigures } from '../monthly-figures.ts';
import { buildPeriodReport } from '../period-report.ts';
import type { ReportExportSource } from './report-tables.ts';

/** What an export of the period report is made from: its figures, trend, site and labels. */
export function loadReportExportSource(
  store: Store,
  period: { from: string; to: string; town?: string | undefined },
): ReportExportSource {
  // One read transaction: the figures and the months come from the same state of the data.
  return store.sqlite.transaction(() => readSource(store, period))();
}

function readSource(
  store: Store,
  period: { from: string; to: string; town?: string | undefined },
): ReportExportSource {
  const settings = getSettings(store);
  const site = getThisSite(store);
  return {
    report: buildPeriodReport(store, period),
    months: buildMonthlyFigures(store, period),
    site: site && { name: site.name, town: site.town },
    organisationName: settings.organisationName,
    fundingLine: settings.fundingLine,
    serviceTypeLabels: new Map(
      listServiceTypes(store, true).map((type) => [
        type.code,
        { cs: type.labelCs, en: type.labelEn },
      ]),
    ),
  };
}
