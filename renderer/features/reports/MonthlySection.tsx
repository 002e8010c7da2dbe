import { LineChart } from '@mantine/charts';
import { Alert, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../db/contract/index.ts';
import { useApiQuery } from '../../data/use-api-query.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { reportInput, type ReportQuery } from './report-links.ts';
import { formatNumber } from './report-format.ts';
import { ReportSection } from './ReportSection.tsx';

const locales: Record<Language, string> = { cs: 'cs-CZ', en: 'en-GB' };

/** "5/2010" rather than a month name: short enough for a year or more of months on one axis. */
function monthLabel(month: string, language: Language): string {
  const date = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1));
  return new Intl.DateTimeFormat(locales[language], {
    month: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/**
 * Acts in each month of the period, every month listed (a month without acts is a zero, not a
 * gap). Clients per month are left out: on a second axis their line reads as more than the acts.
 */
export function MonthlySection({ query }: { query: ReportQuery }) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const monthly = useApiQuery('reports.monthly', reportInput(query));
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
        <figure className="report-chart" aria-label={t('reports.sections.monthlyChart')}>
          <LineChart
            h={260}
            data={monthly.value.map((row) => ({ ...row, label: monthLabel(row.month, language) }))}
            dataKey="label"
            series={[{ name: 'acts', label: t('reports.columns.acts'), color: 'blue.6' }]}
            curveType="linear"
            valueFormatter={format}
            yAxisProps={{ allowDecimals: false }}
            lineProps={{ isAnimationActive: false }}
          />
        </figure>
      )}
    </ReportSection>
  );
}
