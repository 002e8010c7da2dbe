import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import {
  IconChartBar,
  IconInfoCircle,
  IconPlayerStop,
  IconRestore,
  IconUsers,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ImportCountsTable, isNothingNew } from './ImportCountsTable.tsx';
import { JobFailure } from './JobFailure.tsx';
import { JobProgress } from './JobProgress.tsx';
import { ProblemList } from './ProblemList.tsx';
import type { ImportJob } from './use-import-job.ts';

export interface RunStepProps {
  job: ImportJob;
  onAnother: () => void;
}

/** Step 4: the import itself — progress with a way to cancel, then what was written. */
export function RunStep({ job, onAnother }: RunStepProps) {
  const { t } = useTranslation();
  const { status } = job;
  const isFinished = !job.isRunning && status !== null;
  const problems = status?.problems ?? [];

  return (
    <Stack gap="md">
      {job.isRunning && (
        <>
          <Text>{t('legacyImport.run.running')}</Text>
          <JobProgress status={status} />
          <Group>
            <Button
              color="red"
              variant="light"
              leftSection={<IconPlayerStop size={18} aria-hidden />}
              onClick={job.cancel}
              disabled={status === null}
            >
              {t('legacyImport.run.cancel')}
            </Button>
          </Group>
        </>
      )}
      {job.error && <JobFailure message={job.error} />}
      {isFinished && status.state === 'cancelled' && (
        <Alert role="status" color="yellow" icon={<IconInfoCircle aria-hidden />}>
          {t('legacyImport.run.cancelled')}
        </Alert>
      )}
      {isFinished && problems.length > 0 && (
        <ProblemList
          problems={problems}
          summary={status.message}
          title={t('legacyImport.run.problemsTitle', { count: problems.length })}
        />
      )}
      {isFinished && status.state === 'failed' && problems.length === 0 && status.message && (
        <JobFailure message={status.message} />
      )}
      {isFinished && status.state === 'done' && (
        <Stack gap="sm">
          <Title order={2} size="h3" c="teal.8">
            {t('legacyImport.run.doneTitle')}
          </Title>
          {isNothingNew(status.counts) ? (
            <Text>{t('legacyImport.run.nothingNew')}</Text>
          ) : (
            <>
              <Text>{t('legacyImport.run.doneText')}</Text>
              <ImportCountsTable counts={status.counts} />
            </>
          )}
        </Stack>
      )}
      {(isFinished || (!job.isRunning && job.error)) && (
        <Group>
          {status?.state === 'done' && (
            <>
              <Button
                component={Link}
                to="/clients"
                leftSection={<IconUsers size={18} aria-hidden />}
              >
                {t('legacyImport.run.toClients')}
              </Button>
              <Button
                component={Link}
                to="/reports"
                variant="default"
                leftSection={<IconChartBar size={18} aria-hidden />}
              >
                {t('legacyImport.run.toReports')}
              </Button>
            </>
          )}
          <Button
            variant="default"
            leftSection={<IconRestore size={18} aria-hidden />}
            onClick={onAnother}
          >
            {t('legacyImport.run.another')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
