import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodReport } from '../../../db/contract/index.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { FigureLink } from './FigureLink.tsx';
import { drilldownPath, type ReportQuery } from './report-links.ts';
import { formatNumber } from './report-format.ts';

/** The four headline numbers of the period; clients and acts open the lists behind them. */
export function ReportTotals({ report, query }: { report: PeriodReport; query: ReportQuery }) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const total = t('reports.totalLabel');
  return (
    <SimpleGrid
      cols={{ base: 2, md: 4 }}
      spacing="md"
      component="section"
      aria-label={t('reports.totals.label')}
    >
      <Stat label={t('reports.totals.clients')} hint={t('reports.totals.clientsHint')}>
        <FigureLink
          value={report.clients}
          to={drilldownPath(query, 'clients')}
          label={total}
          measure={t('reports.totals.clients')}
        />
      </Stat>
      <Stat label={t('reports.totals.countries')} hint={t('reports.totals.countriesHint')}>
        {formatNumber(report.countries, language)}
      </Stat>
      <Stat label={t('reports.totals.acts')} hint={t('reports.totals.actsHint')}>
        <FigureLink
          value={report.acts}
          to={drilldownPath(query, 'acts')}
          label={total}
          measure={t('reports.totals.acts')}
        />
      </Stat>
      <Stat label={t('reports.totals.actsPerClient')} hint={t('reports.totals.actsPerClientHint')}>
        {formatNumber(report.actsPerClient, language)}
      </Stat>
    </SimpleGrid>
  );
}

function Stat({ label, hint, children }: { label: string; hint: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md" className="report-stat" data-testid="report-stat">
      <Text size="sm" fw={600} c="dimmed" tt="uppercase" className="report-stat-label">
        {label}
      </Text>
      <Text className="report-stat-value">{children}</Text>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    </Paper>
  );
}
