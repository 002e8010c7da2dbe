import { Alert, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PeriodReport, YearEarlierComparison } from '../../../db/contract/index.ts';
import type { QueryState } from '../../data/use-api-query.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { formatDifference } from './submission/figure-label.ts';
import { formatNumber, formatPeriod } from './report-format.ts';
import { ReportSection } from './ReportSection.tsx';
import { ReportTable } from './ReportTable.tsx';

interface ComparedFigure {
  key: string;
  label: string;
  value: (report: PeriodReport) => number;
}

/**
 * The period beside the same days a year earlier (reports.yearEarlier): the headline figures,
 * new clients, events and the clients shown apart, with the change in each.
 */
export function YearComparisonSection({
  report,
  comparison,
}: {
  report: PeriodReport;
  comparison: QueryState<YearEarlierComparison>;
}) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const figures: ComparedFigure[] = [
    { key: 'clients', label: t('reports.totals.clients'), value: (r) => r.clients },
    { key: 'new', label: t('reports.funder.newClients'), value: (r) => r.newClients },
    { key: 'countries', label: t('reports.totals.countries'), value: (r) => r.countries },
    { key: 'acts', label: t('reports.totals.acts'), value: (r) => r.acts },
    { key: 'perClient', label: t('reports.totals.actsPerClient'), value: (r) => r.actsPerClient },
    { key: 'events', label: t('reports.funder.events'), value: (r) => r.events.events },
    {
      key: 'participants',
      label: t('reports.funder.eventParticipants'),
      value: (r) => r.events.participants,
    },
    { key: 'other', label: t('reports.funder.otherTable'), value: (r) => r.otherClients.clients },
  ];
  const note =
    comparison.status === 'ready'
      ? t('reports.funder.comparisonNote', {
          period: formatPeriod(comparison.value.period.from, comparison.value.period.to, language),
        })
      : undefined;
  return (
    <ReportSection title={t('reports.funder.comparison')} {...(note ? { note } : {})}>
      {comparison.status === 'loading' && <Loader size="sm" aria-label={t('app.loading')} />}
      {comparison.status === 'error' && (
        <Alert role="alert" color="red" title={t('reports.funder.comparisonFailed')}>
          {comparison.error.message}
        </Alert>
      )}
      {comparison.status === 'ready' && (
        <ReportTable
          label={t('reports.funder.comparisonTable')}
          rows={figures}
          rowKey={(row) => row.key}
          columns={[
            { header: t('reports.funder.figure'), cell: (row) => row.label },
            {
              header: t('reports.funder.now'),
              isNumber: true,
              cell: (row) => formatNumber(row.value(report), language),
            },
            {
              header: t('reports.funder.before'),
              isNumber: true,
              cell: (row) => formatNumber(row.value(comparison.value.previous), language),
            },
            {
              header: t('reports.funder.change'),
              isNumber: true,
              cell: (row) =>
                formatDifference(row.value(comparison.value.previous), row.value(report), language),
            },
          ]}
        />
      )}
    </ReportSection>
  );
}
