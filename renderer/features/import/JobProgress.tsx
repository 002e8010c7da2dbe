import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportStatus } from '../../../db/contract/index.ts';

/** The phase the job is in and how far it got, as a bar and as words. */
export function JobProgress({ status }: { status: ImportStatus | null }) {
  const { t } = useTranslation();
  const phase = t(`legacyImport.job.phases.${status?.phase ?? 'reading'}`);
  const done = status?.done ?? 0;
  const total = status?.total ?? 0;
  const percent = total > 0 ? Math.round((done / total) * 100) : 0;
  return (
    <Stack gap={4}>
      <Text size="sm" aria-live="polite">
        {total > 0 ? t('legacyImport.job.progress', { phase, done, total }) : `${phase}…`}
      </Text>
      <Progress
        value={percent}
        size="lg"
        animated={status?.state !== 'done'}
        aria-label={t('legacyImport.job.progressLabel')}
      />
    </Stack>
  );
}
