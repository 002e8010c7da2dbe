import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconDatabaseImport, IconFiles, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ImportCountsTable, isNothingNew } from './ImportCountsTable.tsx';
import { JobFailure } from './JobFailure.tsx';
import { JobProgress } from './JobProgress.tsx';
import { ProblemList } from './ProblemList.tsx';
import type { ImportJob } from './use-import-job.ts';

export interface CheckStepProps {
  job: ImportJob;
  onAgain: () => void;
  onBackToMapping: () => void;
  onBackToFiles: () => void;
  onImport: () => void;
}

/** Step 3: the dry run — its progress, then every problem, or what the import would write. */
export function CheckStep({
  job,
  onAgain,
  onBackToMapping,
  onBackToFiles,
  onImport,
}: CheckStepProps) {
  const { t } = useTranslation();
  const { status } = job;
  const isFinished = !job.isRunning && status !== null;
  const problems = status?.problems ?? [];
  const isClean = isFinished && status.state === 'done' && problems.length === 0;

  return (
    <Stack gap="md">
      {job.isRunning && (
        <>
          <Text>{t('legacyImport.check.running')}</Text>
          <JobProgress status={status} />
        </>
      )}
      {job.error && <JobFailure message={job.error} />}
      {isFinished && problems.length > 0 && (
        <ProblemList
          problems={problems}
          summary={status.message}
          title={t('legacyImport.check.problemsTitle', { count: problems.length })}
        />
      )}
      {isFinished && problems.length === 0 && status.state !== 'done' && status.message && (
        <JobFailure message={status.message} />
      )}
      {isClean && (
        <Stack gap="sm">
          <Title order={2} size="h3" c="teal.8">
            {t('legacyImport.check.okTitle')}
          </Title>
          {isNothingNew(status.counts) ? (
            <Text>{t('legacyImport.check.nothingNew')}</Text>
          ) : (
            <>
              <Text>{t('legacyImport.check.okText')}</Text>
              <ImportCountsTable counts={status.counts} />
            </>
          )}
        </Stack>
      )}
      {!job.isRunning && (
        <Group>
          {isClean ? (
            <Button leftSection={<IconDatabaseImport size={18} aria-hidden />} onClick={onImport}>
              {t('legacyImport.check.import')}
            </Button>
          ) : (
            <Button leftSection={<IconFiles size={18} aria-hidden />} onClick={onBackToFiles}>
              {t('legacyImport.check.backToFiles')}
            </Button>
          )}
          <Button
            variant="default"
            leftSection={<IconArrowLeft size={18} aria-hidden />}
            onClick={onBackToMapping}
          >
            {t('legacyImport.check.backToMapping')}
          </Button>
          {!isClean && (
            <Button
              variant="default"
              leftSection={<IconRefresh size={18} aria-hidden />}
              onClick={onAgain}
            >
              {t('legacyImport.check.again')}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}
