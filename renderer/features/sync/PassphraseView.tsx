import { Alert, Button, CopyButton, Group, Paper, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy, IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { EnrolmentResult } from '../../../db/contract/index.ts';

/**
 * The one-time passphrase, large and in a monospace face so that 0/O and 1/l cannot be mixed up
 * when it is read out on the phone, with the warning to pass it on apart from the file.
 */
export function PassphraseView({
  enrolment,
  onDownloadAgain,
  onDone,
}: {
  enrolment: EnrolmentResult;
  onDownloadAgain: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Alert color="orange" icon={<IconAlertTriangle aria-hidden />}>
        {t('sync.enrol.passphraseWarning')}
      </Alert>
      <Stack gap={4}>
        <Text fw={600} id="enrol-passphrase-label">
          {t('sync.enrol.passphraseLabel')}
        </Text>
        <Paper withBorder radius="md" p="md" bg="var(--mantine-color-gray-0)">
          <Text
            component="p"
            ff="monospace"
            fz={30}
            fw={700}
            ta="center"
            lh={1.3}
            data-passphrase
            style={{ overflowWrap: 'anywhere', letterSpacing: '0.04em' }}
          >
            {enrolment.passphrase}
          </Text>
        </Paper>
      </Stack>
      <Group gap="sm">
        <CopyButton value={enrolment.passphrase}>
          {({ copied, copy }) => (
            <Button
              variant="light"
              leftSection={
                copied ? <IconCheck size={18} aria-hidden /> : <IconCopy size={18} aria-hidden />
              }
              onClick={copy}
            >
              {copied ? t('sync.enrol.copied') : t('sync.enrol.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Text size="sm">{t('sync.enrol.fileSaved', { file: enrolment.file.name })}</Text>
      <Group justify="space-between" gap="sm">
        <Button
          variant="subtle"
          leftSection={<IconDownload size={18} aria-hidden />}
          onClick={onDownloadAgain}
        >
          {t('sync.enrol.downloadAgain')}
        </Button>
        <Button onClick={onDone}>{t('sync.enrol.done')}</Button>
      </Group>
    </Stack>
  );
}
