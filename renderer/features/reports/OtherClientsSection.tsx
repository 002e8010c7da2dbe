import { useTranslation } from 'react-i18next';
import type { PeriodReport } from '../../../db/contract/index.ts';
import { figureColumn } from './figure-column.tsx';
import { drilldownPath, type ReportQuery } from './report-links.ts';
import { ReportSection } from './ReportSection.tsx';
import { ReportTable } from './ReportTable.tsx';

/**
 * EU/EEA/Swiss and Czech citizens served in the period: not the funder's clients, so shown
 * here apart, with their acts, and left out of every other number of the report.
 */
export function OtherClientsSection({
  report,
  query,
}: {
  report: PeriodReport;
  query: ReportQuery;
}) {
  const { t } = useTranslation();
  const label = t('reports.funder.otherLabel');
  const filter = { isOtherClient: true };
  return (
    <ReportSection title={t('reports.funder.other')} note={t('reports.funder.otherNote')}>
      <ReportTable
        label={t('reports.funder.otherTable')}
        rows={[report.otherClients]}
        rowKey={() => 'other'}
        columns={[
          { header: t('reports.funder.group'), cell: () => label },
          figureColumn<PeriodReport['otherClients']>({
            measure: t('reports.columns.clients'),
            value: (row) => row.clients,
            to: () => drilldownPath(query, 'clients', filter),
            label: () => label,
          }),
          figureColumn<PeriodReport['otherClients']>({
            measure: t('reports.columns.acts'),
            value: (row) => row.acts,
            to: () => drilldownPath(query, 'acts', filter),
            label: () => label,
          }),
        ]}
      />
    </ReportSection>
  );
}
