import { useTranslation } from 'react-i18next';
import type { PeriodReport } from '../../../db/contract/index.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { FigureLink } from './FigureLink.tsx';
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
          color="teal.6"
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
          {
            header: clients,
            isNumber: true,
            cell: (row) => (
              <FigureLink
                value={row.clients}
                to={drilldownPath(query, 'clients', { town: row.town })}
                label={row.town}
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
                to={drilldownPath(query, 'acts', { town: row.town })}
                label={row.town}
                measure={acts}
              />
            ),
          },
          {
            header: t('reports.columns.courses'),
            isNumber: true,
            cell: (row) => formatNumber(row.courses, language),
          },
          {
            header: participants,
            isNumber: true,
            cell: (row) => (
              <FigureLink
                value={row.participants}
                to={drilldownPath(query, 'clients', { town: row.town, isCourseAttendance: true })}
                label={row.town}
                measure={participants}
              />
            ),
          },
        ]}
      />
    </ReportSection>
  );
}
