import { useTranslation } from 'react-i18next';
import type { PeriodReport } from '../../../db/contract/index.ts';
import { useServiceCatalogue } from '../services/use-service-catalogue.ts';
import { figureColumn } from './figure-column.tsx';
import { drilldownPath, type ReportQuery } from './report-links.ts';
import { ReportSection } from './ReportSection.tsx';
import { ReportTable } from './ReportTable.tsx';

/** Clients and acts per service type, named as the catalogue names them (custom types too). */
export function ServiceTypeSection({
  report,
  query,
}: {
  report: PeriodReport;
  query: ReportQuery;
}) {
  const { t } = useTranslation();
  const { label } = useServiceCatalogue();
  const total = t('reports.totalLabel');
  return (
    <ReportSection
      title={t('reports.sections.serviceTypes')}
      note={t('reports.sections.serviceTypesNote')}
    >
      <ReportTable
        label={t('reports.sections.serviceTypes')}
        rows={report.byServiceType}
        rowKey={(row) => row.type}
        totalLabel={total}
        columns={[
          { header: t('reports.columns.type'), cell: (row) => label(row.type) },
          figureColumn<PeriodReport['byServiceType'][number]>({
            measure: t('reports.columns.clients'),
            value: (row) => row.clients,
            to: (row) => drilldownPath(query, 'clients', { type: row.type }),
            label: (row) => label(row.type),
            // Not the sum: a client of two services is one client.
            total: { value: report.clients, to: drilldownPath(query, 'clients'), label: total },
          }),
          figureColumn<PeriodReport['byServiceType'][number]>({
            measure: t('reports.columns.acts'),
            value: (row) => row.acts,
            to: (row) => drilldownPath(query, 'acts', { type: row.type }),
            label: (row) => label(row.type),
            total: { value: report.acts, to: drilldownPath(query, 'acts'), label: total },
          }),
        ]}
      />
    </ReportSection>
  );
}
