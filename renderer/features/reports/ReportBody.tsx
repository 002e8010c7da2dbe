import { Alert, EmptyState, Loader, SimpleGrid, Stack } from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PeriodReport } from '../../../db/contract/index.ts';
import { useApiQuery } from '../../data/use-api-query.ts';
import { AnonymousSection } from './AnonymousSection.tsx';
import { CourseSection } from './CourseSection.tsx';
import { FunderProfileSection } from './FunderProfileSection.tsx';
import { OtherClientsSection } from './OtherClientsSection.tsx';
import { ReferralsEventsSection } from './ReferralsEventsSection.tsx';
import { YearComparisonSection } from './YearComparisonSection.tsx';
import { MonthlySection } from './MonthlySection.tsx';
import { NationalitySection } from './NationalitySection.tsx';
import { reportInput, type ReportQuery } from './report-links.ts';
import { ReportTotals } from './ReportTotals.tsx';
import { ServiceTypeSection } from './ServiceTypeSection.tsx';
import { TownSection } from './TownSection.tsx';

/**
 * The figures of one period: the headline numbers beside a year earlier, then each breakdown
 * on a card — the funder's profile of the clients, referrals and events, and the clients it
 * does not count, last.
 */
export function ReportBody({ query }: { query: ReportQuery }) {
  const { t } = useTranslation();
  const report = useApiQuery('reports.period', reportInput(query));
  const comparison = useApiQuery('reports.yearEarlier', reportInput(query));
  if (report.status === 'loading') return <Loader aria-label={t('app.loading')} />;
  if (report.status === 'error') {
    return (
      <Alert role="alert" color="red" title={t('reports.loadFailed')}>
        {report.error.message}
      </Alert>
    );
  }
  if (isEmpty(report.value)) {
    return (
      <EmptyState
        variant="light"
        size="lg"
        maw={640}
        mx="auto"
        mt="lg"
        icon={<IconChartBar size={40} stroke={1.5} aria-hidden />}
      >
        <EmptyState.Title order={2}>{t('reports.empty.title')}</EmptyState.Title>
        <EmptyState.Description>{t('reports.empty.text')}</EmptyState.Description>
      </EmptyState>
    );
  }
  const value = report.value;
  return (
    <Stack gap="lg">
      <ReportTotals
        report={value}
        query={query}
        previous={comparison.status === 'ready' ? comparison.value.previous : null}
      />
      <YearComparisonSection report={value} comparison={comparison} />
      <MonthlySection query={query} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg" className="report-grid">
        <NationalitySection report={value} query={query} />
        <Stack gap="lg">
          <ServiceTypeSection report={value} query={query} />
          <CourseSection report={value} query={query} />
          <TownSection report={value} query={query} />
          <AnonymousSection report={value} />
        </Stack>
      </SimpleGrid>
      <FunderProfileSection report={value} query={query} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg" className="report-grid">
        <ReferralsEventsSection report={value} query={query} />
        <OtherClientsSection report={value} query={query} />
      </SimpleGrid>
    </Stack>
  );
}

/** Nothing happened in the period: no act, no running course, no anonymous visit, no event. */
function isEmpty(report: PeriodReport): boolean {
  return (
    report.acts === 0 &&
    report.courses.length === 0 &&
    report.anonymous.length === 0 &&
    report.events.events === 0 &&
    report.otherClients.acts === 0
  );
}
