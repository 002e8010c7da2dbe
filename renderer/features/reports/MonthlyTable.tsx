import type { MonthlyFigures } from '../../../db/contract/index.ts';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../state/ui-store.ts';
import { formatNumber } from './report-format.ts';
import { ReportTable } from './ReportTable.tsx';
import { monthName } from './month-label.ts';

/** The monthly chart's numbers as a table: exact figures for everyone, and for screen readers. */
export function MonthlyTable({ id, months }: { id: string; months: MonthlyFigures[] }) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  return (
    <div id={id}>
      <ReportTable
        label={t('reports.sections.monthlyTable')}
        rows={months}
        rowKey={(row) => row.month}
        columns={[
          { header: t('reports.columns.month'), cell: (row) => monthName(row.month, language) },
          {
            header: t('reports.columns.clients'),
            isNumber: true,
            cell: (row) => formatNumber(row.clients, language),
          },
          {
            header: t('reports.columns.acts'),
            isNumber: true,
            cell: (row) => formatNumber(row.acts, language),
          },
        ]}
      />
    </div>
  );
}
