import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CourseKind, PeriodReport } from '../../../db/contract/index.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { kindLabel } from '../courses/course-format.ts';
import { figureColumn } from './figure-column.tsx';
import { drilldownPath, type ReportQuery } from './report-links.ts';
import { formatNumber } from './report-format.ts';
import { ReportSection } from './ReportSection.tsx';
import { ReportTable } from './ReportTable.tsx';

/** Running courses per kind and their participants (clients who attended a lesson). */
export function CourseSection({ report, query }: { report: PeriodReport; query: ReportQuery }) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const participants = t('reports.columns.participants');
  const rows = report.courses.map((row) => ({
    ...row,
    name: kindLabel(row.kind as CourseKind, language),
  }));
  const courseTotal = rows.reduce((sum, row) => sum + row.courses, 0);
  return (
    <ReportSection title={t('reports.sections.courses')} note={t('reports.sections.coursesNote')}>
      {rows.length === 0 ? (
        <Text c="dimmed">{t('reports.sections.coursesEmpty')}</Text>
      ) : (
        <ReportTable
          label={t('reports.sections.courses')}
          rows={rows}
          rowKey={(row) => row.kind}
          totalLabel={rows.length > 1 ? t('reports.totalLabel') : undefined}
          columns={[
            { header: t('reports.columns.kind'), cell: (row) => row.name },
            {
              header: t('reports.columns.courses'),
              isNumber: true,
              cell: (row) => formatNumber(row.courses, language),
              total: formatNumber(courseTotal, language),
            },
            figureColumn<(typeof rows)[number]>({
              measure: participants,
              value: (row) => row.participants,
              to: (row) => drilldownPath(query, 'clients', { courseKind: row.kind as CourseKind }),
              label: (row) => row.name,
            }),
          ]}
        />
      )}
    </ReportSection>
  );
}
