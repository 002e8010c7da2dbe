import { Alert, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconLock, IconLockOpen } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../data/use-api-query.ts';
import { useUiStore } from '../../../state/ui-store.ts';
import { formatTimestamp } from '../../clients/client-format.ts';
import { useServiceCatalogue } from '../../services/use-service-catalogue.ts';
import { ChangedActsTable } from './ChangedActsTable.tsx';
import { SubmissionDifferences } from './SubmissionDifferences.tsx';
import { SubmitReportDialog } from './SubmitReportDialog.tsx';

interface SubmissionPanelProps {
  period: { from: string; to: string; town?: string };
  /** The period as the page shows it, e.g. "1. 5. 2010 – 31. 12. 2010, Turnov". */
  periodText: string;
  /** Called after a submission, so the page can refresh what it shows. */
  onSubmitted?: () => void;
}

/**
 * Period locking on the report screen: whether this period was submitted, and if anything in
 * it has changed since, the submitted and current figures with the acts behind the difference.
 */
export function SubmissionPanel({ period, periodText, onSubmitted }: SubmissionPanelProps) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const { label: serviceLabel } = useServiceCatalogue();
  const comparison = useApiQuery('reports.compare', period);
  const [isDialogOpen, setDialogOpen] = useState(false);
  // The button that opened the dialog is gone once the period is submitted (or resubmitted
  // unchanged): the focus goes to the line saying so, not to the page's <body>.
  const isFocusPending = useRef(false);
  const submittedLineRef = useRef<HTMLParagraphElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const isSubmittedShown = comparison.status === 'ready' && comparison.value !== null;
  useEffect(() => {
    if (!isFocusPending.current || !isSubmittedShown) return;
    isFocusPending.current = false;
    submittedLineRef.current?.focus();
  });

  const dialog = (
    <SubmitReportDialog
      period={period}
      periodText={periodText}
      opened={isDialogOpen}
      onClose={() => setDialogOpen(false)}
      onSubmitted={() => {
        setDialogOpen(false);
        // Held by the panel until the new state is loaded, then by the line saying it is done.
        panelRef.current?.focus();
        isFocusPending.current = true;
        comparison.reload();
        onSubmitted?.();
      }}
    />
  );

  if (comparison.status === 'loading') return <Loader size="sm" aria-label={t('app.loading')} />;
  if (comparison.status === 'error') {
    return (
      <Alert color="red" title={t('reportSubmission.loadFailed')} role="alert">
        {comparison.error.message}
      </Alert>
    );
  }
  const found = comparison.value;
  if (found === null) {
    return (
      <Paper withBorder p="sm" data-testid="report-submission" ref={panelRef} tabIndex={-1}>
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <IconLockOpen size={20} aria-hidden />
            <div>
              <Text fw={600}>{t('reportSubmission.notSubmitted')}</Text>
              <Text size="sm" c="dimmed">
                {t('reportSubmission.notSubmittedHint')}
              </Text>
            </div>
          </Group>
          <Button
            variant="light"
            leftSection={<IconLock size={16} />}
            onClick={() => setDialogOpen(true)}
          >
            {t('reportSubmission.submit')}
          </Button>
        </Group>
        {dialog}
      </Paper>
    );
  }

  const { submission } = found;
  const at = formatTimestamp(submission.submittedAt, language);
  const submittedLine = submission.submittedBy
    ? t('reportSubmission.submitted', { at, by: submission.submittedBy })
    : t('reportSubmission.submittedNoUser', { at });
  const isChanged = found.changedActsTotal > 0;
  return (
    <Paper withBorder p="sm" data-testid="report-submission" ref={panelRef} tabIndex={-1}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <IconLock size={20} aria-hidden />
            <div>
              <Text fw={600} ref={submittedLineRef} tabIndex={-1}>
                {submittedLine}
              </Text>
              {submission.note && (
                <Text size="sm" c="dimmed">
                  {submission.note}
                </Text>
              )}
            </div>
          </Group>
          {isChanged && (
            <Button variant="default" onClick={() => setDialogOpen(true)}>
              {t('reportSubmission.resubmit')}
            </Button>
          )}
        </Group>
        {!isChanged && <Text size="sm">{t('reportSubmission.unchanged')}</Text>}
        {isChanged && (
          <Alert
            color="orange"
            icon={<IconAlertTriangle />}
            title={t('reportSubmission.changedTitle', { count: found.changedActsTotal })}
          >
            <Stack gap="sm">
              <Text size="sm">{t('reportSubmission.changedText')}</Text>
              <SubmissionDifferences differences={found.differences} serviceLabel={serviceLabel} />
              <Title order={4}>{t('reportSubmission.actsLabel')}</Title>
              <ChangedActsTable
                acts={found.changedActs}
                total={found.changedActsTotal}
                serviceLabel={serviceLabel}
              />
            </Stack>
          </Alert>
        )}
      </Stack>
      {dialog}
    </Paper>
  );
}
