import { Alert, Anchor, Group, Loader, Pagination, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useApiQuery } from '../../data/use-api-query.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { useServiceCatalogue } from '../services/use-service-catalogue.ts';
import { describeDrilldown } from './drilldown-description.ts';
import { DrilldownActsTable, DrilldownClientsTable } from './DrilldownTables.tsx';
import {
  readDrilldownQuery,
  reportInput,
  reportPath,
  type DrilldownQuery,
} from './report-links.ts';
import { formatNumber, formatPeriod } from './report-format.ts';
import './reports.css';

const pageSize = 100;

/**
 * The clients or acts behind one number of the report, a page of 100 at a time; its total is
 * the number that was clicked. The period stays in the address, so "back" returns to it.
 */
export function ReportDrilldownPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const drill = readDrilldownQuery(params);
  if (drill === null) {
    return (
      <Stack gap="lg">
        <BackLink to="/reports" />
        <Alert role="alert" color="orange">
          {t('reports.drill.invalid')}
        </Alert>
      </Stack>
    );
  }
  // A new page or list starts from its own answer: useApiQuery keeps the last one meanwhile.
  return <DrilldownList key={params.toString()} drill={drill} />;
}

function BackLink({ to }: { to: string }) {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={to} w="fit-content">
      <Group gap={4} wrap="nowrap">
        <IconArrowLeft size={16} aria-hidden />
        {t('reports.drill.back')}
      </Group>
    </Anchor>
  );
}

function DrilldownList({ drill }: { drill: DrilldownQuery }) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const [params, setParams] = useSearchParams();
  const { label } = useServiceCatalogue();
  const result = useApiQuery('reports.drilldown', {
    ...reportInput(drill.report),
    show: drill.show,
    filter: drill.filter,
    offset: (drill.page - 1) * pageSize,
    limit: pageSize,
  });
  const { report } = drill;
  const what = describeDrilldown(drill.show, drill.filter, t, language, label);
  const period = formatPeriod(report.from, report.to, language);
  const setPage = (page: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(page));
    setParams(next, { replace: true });
    window.scrollTo({ top: 0 });
  };

  return (
    <Stack gap="lg">
      <BackLink to={reportPath(report)} />
      <div>
        <Title order={1}>
          {drill.show === 'clients'
            ? t('reports.drill.clientsTitle')
            : t('reports.drill.actsTitle')}
          {' – '}
          {what}
        </Title>
        <Text c="dimmed">
          {report.town
            ? t('reports.period.summaryTown', { period, town: report.town })
            : t('reports.period.summary', { period })}
        </Text>
      </div>
      {result.status === 'loading' && <Loader aria-label={t('app.loading')} />}
      {result.status === 'error' && (
        <Alert role="alert" color="red" title={t('reports.drill.loadFailed')}>
          {result.error.message}
        </Alert>
      )}
      {result.status === 'ready' && (
        <>
          <Group justify="space-between" align="baseline">
            <Text size="xl" fw={700} data-testid="drilldown-total">
              {drill.show === 'clients'
                ? t('reports.drill.clientCount', {
                    count: result.value.total,
                    formatted: formatNumber(result.value.total, language),
                  })
                : t('reports.drill.actCount', {
                    count: result.value.total,
                    formatted: formatNumber(result.value.total, language),
                  })}
            </Text>
            {result.value.total > 0 && (
              <Text size="sm" c="dimmed">
                {t('reports.drill.shown', {
                  first: formatNumber((drill.page - 1) * pageSize + 1, language),
                  last: formatNumber(Math.min(drill.page * pageSize, result.value.total), language),
                  total: formatNumber(result.value.total, language),
                })}
              </Text>
            )}
          </Group>
          {result.value.total === 0 && <Text c="dimmed">{t('reports.drill.empty')}</Text>}
          {result.value.show === 'clients' && result.value.rows.length > 0 && (
            <DrilldownClientsTable rows={result.value.rows} />
          )}
          {result.value.show === 'acts' && result.value.rows.length > 0 && (
            <DrilldownActsTable rows={result.value.rows} />
          )}
          {result.value.total > pageSize && (
            <nav aria-label={t('reports.drill.pages')}>
              <Pagination
                total={Math.ceil(result.value.total / pageSize)}
                value={drill.page}
                onChange={setPage}
              />
            </nav>
          )}
        </>
      )}
    </Stack>
  );
}
