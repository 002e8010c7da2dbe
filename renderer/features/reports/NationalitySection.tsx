import { useTranslation } from 'react-i18next';
import type { PeriodReport } from '../../../db/contract/index.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { countryLabel } from '../clients/client-format.ts';
import { figureColumn } from './figure-column.tsx';
import { drilldownPath, type ReportQuery } from './report-links.ts';
import { formatShare } from './report-format.ts';
import { FigureBarChart } from './FigureBarChart.tsx';
import { ReportSection } from './ReportSection.tsx';
import { ReportTable } from './ReportTable.tsx';

/** The chart shows the most frequent countries; the table below lists every one. */
const chartedCountries = 12;
const barHeight = 26;

export function NationalitySection({
  report,
  query,
}: {
  report: PeriodReport;
  query: ReportQuery;
}) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const rows = report.byNationality.map((row) => ({
    ...row,
    name: countryLabel(row.country, language),
  }));
  const charted = rows.slice(0, chartedCountries);
  const measure = t('reports.columns.clients');
  return (
    <ReportSection title={t('reports.sections.nationality')}>
      <FigureBarChart
        label={t('reports.sections.nationalityChart')}
        rows={charted}
        nameKey="name"
        valueKey="clients"
        valueLabel={measure}
        color="blue.6"
        axisWidth={150}
        barHeight={barHeight}
      />
      <ReportTable
        label={t('reports.sections.nationalityTable')}
        rows={rows}
        rowKey={(row) => row.country}
        totalLabel={t('reports.totalLabel')}
        columns={[
          { header: t('reports.columns.country'), cell: (row) => row.name },
          figureColumn<(typeof rows)[number]>({
            measure,
            value: (row) => row.clients,
            to: (row) => drilldownPath(query, 'clients', { country: row.country }),
            label: (row) => row.name,
            total: {
              value: report.clients,
              to: drilldownPath(query, 'clients'),
              label: t('reports.totalLabel'),
            },
          }),
          {
            header: t('reports.columns.share'),
            isNumber: true,
            cell: (row) => formatShare(row.clients, report.clients, language),
            total: report.clients > 0 ? formatShare(1, 1, language) : '',
          },
        ]}
      />
    </ReportSection>
  );
}
