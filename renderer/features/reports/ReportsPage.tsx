import { Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useApiQuery } from '../../data/use-api-query.ts';
import { useUiStore } from '../../state/ui-store.ts';
import './reports.css';
import { ReportBody } from './ReportBody.tsx';
import { ReportExportButtons } from './ReportExportButtons.tsx';
import { readReportQuery, reportInput, reportSearch, type ReportQuery } from './report-links.ts';
import { formatPeriod } from './report-format.ts';
import { periodProblem } from './report-period.ts';
import { ReportPeriodBar } from './ReportPeriodBar.tsx';
import { SubmissionPanel } from './submission/SubmissionPanel.tsx';
import { SubmittedPeriodsList } from './submission/SubmittedPeriodsList.tsx';

/**
 * "Přehledy": the period report as the funder asks for it. The period is kept in the address,
 * so opening the list behind a number and coming back shows the same report.
 */
export function ReportsPage() {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const [params, setParams] = useSearchParams();
  // Bumped by a new submission, so the list of submitted periods reads it again.
  const [submissionCount, setSubmissionCount] = useState(0);
  const query = readReportQuery(params);
  const range = useApiQuery('reports.range', {});
  const isValid = periodProblem(query.from, query.to) === null;
  const setQuery = (next: ReportQuery) => setParams(reportSearch(next), { replace: true });
  const period = isValid ? formatPeriod(query.from, query.to, language) : '';

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Title order={1}>{t('nav.reports')}</Title>
          <Text c="dimmed">{t('reports.intro')}</Text>
        </div>
        <ReportExportButtons query={query} disabled={!isValid} />
      </Group>
      <ReportPeriodBar
        query={query}
        range={range.status === 'ready' ? range.value : null}
        onChange={setQuery}
      />
      {isValid && (
        <Text fw={600} aria-live="polite" data-testid="report-period">
          {query.town
            ? t('reports.period.summaryTown', { period, town: query.town })
            : t('reports.period.summary', { period })}
        </Text>
      )}
      {isValid && (
        <SubmissionPanel
          key={`submission:${reportSearch(query).toString()}`}
          period={reportInput(query)}
          periodText={query.town ? `${period}, ${query.town}` : period}
          onSubmitted={() => setSubmissionCount((count) => count + 1)}
        />
      )}
      {/* Keyed by the period, so figures of the previous period never show under the new one. */}
      {isValid && <ReportBody key={reportSearch(query).toString()} query={query} />}
      <Stack gap="xs" component="section" aria-labelledby="submitted-periods-title">
        <Title order={2} size="h3" id="submitted-periods-title">
          {t('reportSubmission.listTitle')}
        </Title>
        <SubmittedPeriodsList
          key={submissionCount}
          onOpen={(submission) =>
            setQuery({
              choice: 'custom',
              from: submission.from,
              to: submission.to,
              town: submission.town,
            })
          }
        />
      </Stack>
    </Stack>
  );
}
