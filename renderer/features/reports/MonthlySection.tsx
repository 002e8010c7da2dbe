import { LineChart } from '@mantine/charts';
import { Alert, Button, Group, Loader } from '@mantine/core';
import { IconTable } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../data/use-api-query.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { monthLabel } from './month-label.ts';
import { MonthlyTable } from './MonthlyTable.tsx';
import { reportInput, type ReportQuery } from './report-links.ts';
import { formatNumber } from './report-format.ts';
import { ReportSection } from './ReportSection.tsx';

/**
 * Acts in each month of the period, every month listed (a month without acts is a zero, not a
 * gap). Clients per month are left out of the chart: on a second axis their line reads as more
 * than the acts. The table behind the toggle has both, as exact numbers: the chart alone would
 * give them only in a tooltip under the mouse.
 */
export function MonthlySection({ query }: { query: ReportQuery }) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const monthly = useApiQuery('reports.monthly', reportInput(query));
  const [isTableShown, setTableShown] = useState(false);
  const tableId = useId();
  const format = (value: number) => formatNumber(value, language);
  return (
    <ReportSection title={t('reports.sections.monthly')}>
      {monthly.status === 'loading' && <Loader size="sm" aria-label={t('app.loading')} />}
      {monthly.status === 'error' && (
        <Alert role="alert" color="red" title={t('reports.loadFailed')}>
          {monthly.error.message}
        </Alert>
      )}
      {monthly.status === 'ready' && (
        <>
          {/* A picture with a name, not a Tab stop: its numbers are in the table. */}
          <figure
            className="report-chart"
            role="img"
            aria-label={t('reports.sections.monthlyChart')}
          >
            <LineChart
              h={260}
              data={monthly.value.map((row) => ({
                ...row,
                label: monthLabel(row.month, language),
              }))}
              dataKey="label"
              series={[{ name: 'acts', label: t('reports.columns.acts'), color: 'blue.7' }]}
              curveType="linear"
              valueFormatter={format}
              // Room beside the first and last month, so their points and labels are whole.
              xAxisProps={{ padding: { left: 20, right: 20 } }}
              yAxisProps={{ allowDecimals: false }}
              lineProps={{ isAnimationActive: false }}
              accessibilityLayer={false}
            />
          </figure>
          <Group>
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<IconTable size={16} aria-hidden />}
              aria-expanded={isTableShown}
              aria-controls={isTableShown ? tableId : undefined}
              onClick={() => setTableShown((shown) => !shown)}
            >
              {isTableShown ? t('reports.monthlyTable.hide') : t('reports.monthlyTable.show')}
            </Button>
          </Group>
          {isTableShown && <MonthlyTable id={tableId} months={monthly.value} />}
        </>
      )}
    </ReportSection>
  );
}
