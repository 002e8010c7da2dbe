import { useTranslation } from 'react-i18next';
import type { PeriodReport } from '../../../db/contract/index.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { figureColumn } from './figure-column.tsx';
import { drilldownPath, type ReportQuery } from './report-links.ts';
import { formatNumber } from './report-format.ts';
import { FigureBarChart } from './FigureBarChart.tsx';
import { ReportSection } from './ReportSection.tsx';
import { ReportTable } from './ReportTable.tsx';

const barHeight = 30;

/** Where the centre worked: clients, acts, running courses and participants per town. */
export function TownSection({ report, query }: { report: PeriodReport; query: ReportQuery }) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const clients = t('reports.columns.clients');
  const acts = t('reports.columns.acts');
  const participants = t('reports.columns.participants');
  const rows = report.byTown;
  return (
    <ReportSection title={t('reports.sections.towns')}>
      {rows.length > 1 && (
        <FigureBarChart
          label={t('reports.sections.townsChart')}
          rows={rows}
          nameKey="town"
          valueKey="clients"
          valueLabel={clients}
          // Bars are graphics that must stand out 3:1 from the white card: teal 6 gives 2.55:1.
          color="teal.8"
          axisWidth={170}
          barHeight={barHeight}
        />
      )}
      <ReportTable
        label={t('reports.sections.towns')}
        rows={rows}
        rowKey={(row) => row.town}
        columns={[
          { header: t('reports.columns.town'), cell: (row) => row.town },
          figureColumn<(typeof rows)[number]>({
            measure: clients,
            value: (row) => row.clients,
            to: (row) => drilldownPath(query, 'clients', { town: row.town }),
            label: (row) => row.town,
          }),
          figureColumn<(typeof rows)[number]>({
            measure: acts,
            value: (row) => row.acts,
            to: (row) => drilldownPath(query, 'acts', { town: row.town }),
            label: (row) => row.town,
          }),
          {
            header: t('reports.columns.courses'),
            isNumber: true,
            cell: (row) => formatNumber(row.courses, language),
          },
          figureColumn<(typeof rows)[number]>({
            measure: participants,
            value: (row) => row.participants,
            to: (row) =>
              drilldownPath(query, 'clients', { town: row.town, isCourseAttendance: true }),
            label: (row) => row.town,
          }),
        ]}
      />
    </ReportSection>
  );
}
