import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodReport } from '../../../db/contract/index.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { FigureLink } from './FigureLink.tsx';
import { drilldownPath, type ReportQuery } from './report-links.ts';
import { formatNumber } from './report-format.ts';

/**
 * The four headline numbers of the period, each saying whom it counts (third-country
 * nationals); clients and acts open the lists behind them. With the same period a year earlier
 * loaded, each shows that year's number under it.
 */
export function ReportTotals({
  report,
  query,
  previous,
}: {
  report: PeriodReport;
  query: ReportQuery;
  previous: PeriodReport | null;
}) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const total = t('reports.totalLabel');
  const before = (value: (report: PeriodReport) => number) =>
    previous === null
      ? undefined
      : t('reports.totals.yearEarlier', { value: formatNumber(value(previous), language) });
  return (
    <SimpleGrid
      cols={{ base: 2, md: 4 }}
      spacing="md"
      component="section"
      aria-label={t('reports.totals.label')}
    >
      <Stat
        label={t('reports.totals.clients')}
        hint={t('reports.totals.clientsHint')}
        before={before((r) => r.clients)}
      >
        <FigureLink
          value={report.clients}
          to={drilldownPath(query, 'clients')}
          label={total}
          measure={t('reports.totals.clients')}
        />
      </Stat>
      <Stat
        label={t('reports.totals.countries')}
        hint={t('reports.totals.countriesHint')}
        before={before((r) => r.countries)}
      >
        {formatNumber(report.countries, language)}
      </Stat>
      <Stat
        label={t('reports.totals.acts')}
        hint={t('reports.totals.actsHint')}
        before={before((r) => r.acts)}
      >
        <FigureLink
          value={report.acts}
          to={drilldownPath(query, 'acts')}
          label={total}
          measure={t('reports.totals.acts')}
        />
      </Stat>
      <Stat
        label={t('reports.totals.actsPerClient')}
        hint={t('reports.totals.actsPerClientHint')}
        before={before((r) => r.actsPerClient)}
      >
        {formatNumber(report.actsPerClient, language)}
      </Stat>
    </SimpleGrid>
  );
}

function Stat({
  label,
  hint,
  before,
  children,
}: {
  label: string;
  hint: string;
  before: string | undefined;
  children: ReactNode;
}) {
  return (
    <Paper withBorder radius="md" p="md" className="report-stat" data-testid="report-stat">
      <Text size="sm" fw={600} c="dimmed" tt="uppercase" className="report-stat-label">
        {label}
      </Text>
      <Text className="report-stat-value">{children}</Text>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
      {before && (
        <Text size="xs" c="dimmed" data-testid="report-stat-before">
          {before}
        </Text>
      )}
    </Paper>
  );
}
