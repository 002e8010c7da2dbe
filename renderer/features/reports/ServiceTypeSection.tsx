import { useTranslation } from 'react-i18next';
import type { PeriodReport } from '../../../db/contract/index.ts';
import { useServiceCatalogue } from '../services/use-service-catalogue.ts';
import { FigureLink } from './FigureLink.tsx';
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
  const clients = t('reports.columns.clients');
  const acts = t('reports.columns.acts');
  return (
    <ReportSection
      title={t('reports.sections.serviceTypes')}
      note={t('reports.sections.serviceTypesNote')}
    >
      <ReportTable
        label={t('reports.sections.serviceTypes')}
        rows={report.byServiceType}
        rowKey={(row) => row.type}
        totalLabel={t('reports.totalLabel')}
        columns={[
          { header: t('reports.columns.type'), cell: (row) => label(row.type) },
          {
            header: clients,
            isNumber: true,
            cell: (row) => (
              <FigureLink
                value={row.clients}
                to={drilldownPath(query, 'clients', { type: row.type })}
                label={label(row.type)}
                measure={clients}
              />
            ),
            // Not the sum: a client of two services is one client.
            total: (
              <FigureLink
                value={report.clients}
                to={drilldownPath(query, 'clients')}
                label={t('reports.totalLabel')}
                measure={clients}
              />
            ),
          },
          {
            header: acts,
            isNumber: true,
            cell: (row) => (
              <FigureLink
                value={row.acts}
                to={drilldownPath(query, 'acts', { type: row.type })}
                label={label(row.type)}
                measure={acts}
              />
            ),
            total: (
              <FigureLink
                value={report.acts}
                to={drilldownPath(query, 'acts')}
                label={t('reports.totalLabel')}
                measure={acts}
              />
            ),
          },
        ]}
      />
    </ReportSection>
  );
}
