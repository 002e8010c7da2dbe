import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PeriodReport } from '../../../db/contract/index.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { useServiceCatalogue } from '../services/use-service-catalogue.ts';
import { formatNumber } from './report-format.ts';
import { ReportSection } from './ReportSection.tsx';
import { ReportTable } from './ReportTable.tsx';

/** Visits of people who were not registered: counted apart, with nobody behind them to list. */
export function AnonymousSection({ report }: { report: PeriodReport }) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const { label } = useServiceCatalogue();
  const total = report.anonymous.reduce((sum, row) => sum + row.acts, 0);
  return (
    <ReportSection
      title={t('reports.sections.anonymous')}
      note={t('reports.sections.anonymousNote')}
    >
      {report.anonymous.length === 0 ? (
        <Text c="dimmed">{t('reports.sections.anonymousEmpty')}</Text>
      ) : (
        <ReportTable
          label={t('reports.sections.anonymous')}
          rows={report.anonymous}
          rowKey={(row) => row.type}
          totalLabel={report.anonymous.length > 1 ? t('reports.totalLabel') : undefined}
          columns={[
            { header: t('reports.columns.type'), cell: (row) => label(row.type) },
            {
              header: t('reports.columns.acts'),
              isNumber: true,
              cell: (row) => formatNumber(row.acts, language),
              total: formatNumber(total, language),
            },
          ]}
        />
      )}
    </ReportSection>
  );
}
