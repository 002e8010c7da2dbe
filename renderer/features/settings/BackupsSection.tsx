import {
  Alert,
  Button,
  Code,
  Group,
  Loader,
  Modal,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCheck, IconDatabaseExport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupEntry, RestoreResult } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { useApiQuery } from '../../data/use-api-query.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { countsOf, formatTakenAt } from './backup-format.ts';
import { BackupFolderForm } from './BackupFolderForm.tsx';
import { BackupTable } from './BackupTable.tsx';

/**
 * "Zálohy" in Settings (administrators): the backup folder, "Zálohovat nyní", and "Obnovit ze
 * zálohy" — the list, a confirmation that says the current file is kept aside, and after the
 * restore a reload, so every screen reads the restored database.
 */
export function BackupsSection() {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const list = useApiQuery('backups.list', {});
  const [isTaking, setTaking] = useState(false);
  const [error, setError] = useState<{ title: string; message: string } | null>(null);
  const [chosen, setChosen] = useState<BackupEntry | null>(null);
  const [restored, setRestored] = useState<RestoreResult | null>(null);

  // Another role may not see backups: the section is simply not there.
  if (list.status === 'error' && list.error.code === 'PERMISSION_DENIED') return null;

  const take = async () => {
    setError(null);
    setTaking(true);
    const result = await call('backups.take', {});
    setTaking(false);
    if (!result.ok) {
      setError({ title: t('backups.takeFailed'), message: result.error.message });
      return;
    }
    notifications.show({
      color: 'teal',
      icon: <IconCheck size={18} aria-hidden />,
      message: t('backups.taken', { name: result.value.backup.name }),
    });
    list.reload();
  };

  const restore = async () => {
    if (!chosen) return;
    setError(null);
    const result = await call('backups.restore', { file: chosen.file });
    setChosen(null);
    if (!result.ok) {
      setError({ title: t('backups.restore.failed'), message: result.error.message });
      list.reload();
      return;
    }
    setRestored(result.value);
  };

  const dateOf = (entry: BackupEntry) => formatTakenAt(entry.takenAt, language);
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="backups-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="backups-heading">
          {t('backups.heading')}
        </Title>
        <Text size="sm">{t('backups.intro')}</Text>
        {list.status === 'loading' && <Loader size="sm" aria-label={t('app.loading')} />}
        {list.status === 'error' && (
          <Alert role="alert" color="red" title={t('backups.loadFailed')}>
            {list.error.message}
          </Alert>
        )}
        {list.status === 'ready' && (
          <>
            <BackupFolderForm key={list.value.folder} list={list.value} onSaved={list.reload} />
            <Group>
              <Button
                leftSection={<IconDatabaseExport size={18} aria-hidden />}
                loading={isTaking}
                onClick={() => void take()}
              >
                {t('backups.take')}
              </Button>
            </Group>
            {error && (
              <Alert
                role="alert"
                color="red"
                title={error.title}
                icon={<IconAlertTriangle aria-hidden />}
              >
                {error.message}
              </Alert>
            )}
            <Title order={3} size="h4" id="backups-restore-heading" mt="sm">
              {t('backups.restore.heading')}
            </Title>
            <Text size="sm">{t('backups.restore.intro')}</Text>
            {list.value.backups.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('backups.restore.none')}
              </Text>
            ) : (
              <BackupTable backups={list.value.backups} onRestore={setChosen} />
            )}
          </>
        )}
      </Stack>
      <ConfirmDialog
        opened={chosen !== null}
        title={chosen ? t('backups.restore.confirmTitle', { date: dateOf(chosen) }) : ''}
        text={
          chosen
            ? t('backups.restore.confirmText', {
                date: dateOf(chosen),
                counts: t('backups.restore.countsValue', countsOf(chosen)),
              })
            : ''
        }
        confirmLabel={t('backups.restore.confirm')}
        onConfirm={restore}
        onClose={() => setChosen(null)}
      />
      <Modal
        opened={restored !== null}
        onClose={() => window.location.reload()}
        title={t('backups.restore.doneTitle')}
        centered
      >
        {restored && (
          <Stack gap="md">
            <Text>{t('backups.restore.doneText', { date: dateOf(restored.restored) })}</Text>
            {restored.keptAside && (
              <Code block style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
                {restored.keptAside}
              </Code>
            )}
            <Group justify="flex-end">
              <Button onClick={() => window.location.reload()} data-autofocus>
                {t('backups.restore.continue')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Paper>
  );
}
