import { Alert, Badge, Button, Loader, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReportSubmission } from '../../../../db/contract/index.ts';
import { useApiQuery } from '../../../data/use-api-query.ts';
import { useUiStore } from '../../../state/ui-store.ts';
import { formatDate, formatTimestamp } from '../../clients/client-format.ts';

interface SubmittedPeriodsListProps {
  onOpen: (submission: ReportSubmission) => void;
}

/**
 * Every submitted period with how many of its acts changed since: the coordinator sees at a
 * glance which reported number no longer holds, and opens that period to see why.
 */
export function SubmittedPeriodsList({ onOpen }: SubmittedPeriodsListProps) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const submissions = useApiQuery('reports.submissions', undefined);
  if (submissions.status === 'loading') return <Loader size="sm" aria-label={t('app.loading')} />;
  if (submissions.status === 'error') {
    return (
      <Alert color="red" title={t('reportSubmission.loadFailed')} role="alert">
        {submissions.error.message}
      </Alert>
    );
  }
  if (submissions.value.length === 0) {
    return <Text c="dimmed">{t('reportSubmission.listEmpty')}</Text>;
  }
  return (
    <Table striped withTableBorder aria-label={t('reportSubmission.listLabel')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('reportSubmission.period')}</Table.Th>
          <Table.Th>{t('reportSubmission.town')}</Table.Th>
          <Table.Th>{t('reportSubmission.submittedAt')}</Table.Th>
          <Table.Th>{t('reportSubmission.changedSince')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {submissions.value.map((submission) => (
          <Table.Tr key={submission.id}>
            <Table.Td>
              {formatDate(submission.from, language)} – {formatDate(submission.to, language)}
            </Table.Td>
            <Table.Td>{submission.town ?? t('reportSubmission.allTowns')}</Table.Td>
            <Table.Td>
              {formatTimestamp(submission.submittedAt, language)}
              {submission.submittedBy ? ` · ${submission.submittedBy}` : ''}
            </Table.Td>
            <Table.Td>
              {submission.changedActs === 0 ? (
                <Badge color="gray" variant="light">
                  {t('reportSubmission.noChange')}
                </Badge>
              ) : (
                <Badge color="orange">
                  {t('reportSubmission.changedCount', { count: submission.changedActs })}
                </Badge>
              )}
            </Table.Td>
            <Table.Td>
              <Button size="xs" variant="subtle" onClick={() => onOpen(submission)}>
                {t('reportSubmission.open')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
