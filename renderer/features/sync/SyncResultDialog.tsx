import { Alert, Button, Divider, Group, List, Modal, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { fileNameOf, SyncFileResultView } from './SyncFileResultView.tsx';
import type { SyncOutcome } from './sync-outcome.ts';

function titleKey(outcome: SyncOutcome) {
  if (outcome.kind === 'run') return 'sync.result.titleRun' as const;
  return outcome.isDryRun
    ? ('sync.result.titleDryRun' as const)
    : ('sync.result.titleImport' as const);
}

/** The result dialog's content, apart from the dialog (so it can be shown and tested alone). */
export function SyncResultBody({
  outcome,
  onClose,
}: {
  outcome: SyncOutcome;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const files = outcome.kind === 'run' ? outcome.run.imported : outcome.files;
  const isDryRun =
    (outcome.kind === 'import' && outcome.isDryRun) || files.some((file) => file.isDryRun);
  const run = outcome.kind === 'run' ? outcome.run : null;
  return (
    <Stack gap="md">
      {isDryRun && (
        <Alert color="blue" icon={<IconInfoCircle aria-hidden />}>
          {t('sync.result.dryRun')}
        </Alert>
      )}
      {run?.state === 'failed' && (
        <Alert
          role="alert"
          color="red"
          title={t('sync.result.failed')}
          icon={<IconAlertTriangle aria-hidden />}
        >
          {run.error?.message}
        </Alert>
      )}
      {run?.state === 'cancelled' && (
        <Alert color="yellow" icon={<IconAlertTriangle aria-hidden />}>
          {t('sync.result.cancelled')}
        </Alert>
      )}
      {run && files.length === 0 && <Text>{t('sync.result.noFiles')}</Text>}
      {files.map((file, index) => (
        <Fragment key={`${file.path}-${index}`}>
          {index > 0 && <Divider />}
          <SyncFileResultView file={file} onOpenReview={onClose} />
        </Fragment>
      ))}
      {run && run.exported.length > 0 && (
        <div>
          <Title order={3} size="h5">
            {t('sync.result.exportedHeading')}
          </Title>
          <List size="sm">
            {run.exported.map((file) => (
              <List.Item key={file.name}>
                {t('sync.result.exported', {
                  name: file.path ? fileNameOf(file.path) : file.name,
                  to: file.toName,
                  operations: file.operations,
                })}
              </List.Item>
            ))}
          </List>
        </div>
      )}
      {run && run.skipped.length > 0 && (
        <div>
          <Title order={3} size="h5">
            {t('sync.result.skippedHeading')}
          </Title>
          <List size="sm">
            {run.skipped.map((file) => (
              <List.Item key={file.name}>
                {t('sync.result.skipped', { name: file.name, reason: file.reason })}
              </List.Item>
            ))}
          </List>
        </div>
      )}
    </Stack>
  );
}

/** The result of an import, a check or a run: per file, what arrived and what is missing. */
export function SyncResultDialog({
  outcome,
  onClose,
}: {
  outcome: SyncOutcome | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={outcome !== null}
      onClose={onClose}
      title={outcome ? t(titleKey(outcome)) : ''}
      size="lg"
      centered
    >
      {outcome && (
        <Stack gap="md">
          <SyncResultBody outcome={outcome} onClose={onClose} />
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('sync.result.close')}</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
