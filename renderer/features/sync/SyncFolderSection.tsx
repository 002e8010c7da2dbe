import { Alert, Button, Code, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SyncRunStatus } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { FolderPathForm, type FolderSaveOutcome } from '../../components/FolderPathForm.tsx';
import { runProgressText } from './sync-text.ts';
import type { SyncRun } from './use-sync-run.ts';

/**
 * The sync folder (a stick, a share, a Syncthing folder): where it is, a field to change it, and
 * "Synchronizovat" with its progress and cancel.
 */
export function SyncFolderSection({
  folder,
  run,
  onSaved,
}: {
  folder: string | null;
  run: SyncRun;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const labels = {
    path: t('sync.folder.path'),
    description: t('sync.folder.pathDescription'),
    pick: t('sync.folder.pick'),
    save: t('sync.folder.save'),
  };
  const save = async (chosen: string | null): Promise<FolderSaveOutcome> => {
    const result = await call('sync.setFolder', { folder: chosen });
    if (!result.ok) return { refusal: result.error.message };
    const saved = result.value.folder;
    return { path: saved ?? '', done: saved ? t('sync.folder.saved') : t('sync.folder.cleared') };
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="sync-folder-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="sync-folder-heading">
          {t('sync.folder.heading')}
        </Title>
        <Text size="sm">{t('sync.folder.intro')}</Text>
        {folder ? (
          <Text size="sm">
            {t('sync.folder.current')}: <Code style={{ overflowWrap: 'anywhere' }}>{folder}</Code>
          </Text>
        ) : (
          <Text size="sm" fw={600}>
            {t('sync.folder.none')}
          </Text>
        )}
        <FolderPathForm initialPath={folder ?? ''} labels={labels} save={save} onSaved={onSaved} />
        <Group gap="sm">
          <Button
            leftSection={<IconRefresh size={18} aria-hidden />}
            disabled={!folder || run.isRunning}
            onClick={run.start}
          >
            {t('sync.folder.run')}
          </Button>
          {!folder && (
            <Text size="sm" c="dimmed">
              {t('sync.folder.runNeedsFolder')}
            </Text>
          )}
        </Group>
        {run.isRunning && <RunProgress status={run.status} onCancel={run.cancel} />}
        {run.error && (
          <Alert
            role="alert"
            color="red"
            title={t('sync.folder.failed')}
            icon={<IconAlertTriangle aria-hidden />}
          >
            {run.error}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

/** The step, how far, the file being worked on, and "Zrušit". */
function RunProgress({ status, onCancel }: { status: SyncRunStatus | null; onCancel: () => void }) {
  const { t } = useTranslation();
  const progress = status?.progress ?? { step: 'scan' as const, done: 0, total: 0, file: null };
  const percent = progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <Stack gap={4}>
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <div style={{ minWidth: 0 }}>
          <Text size="sm" aria-live="polite">
            {runProgressText(progress, t)}
          </Text>
          {progress.file && (
            <Text size="xs" c="dimmed" truncate>
              {t('sync.folder.file', { file: progress.file })}
            </Text>
          )}
        </div>
        <Button variant="default" size="xs" onClick={onCancel} aria-label={t('sync.folder.cancel')}>
          {t('common.cancel')}
        </Button>
      </Group>
      <Progress
        value={percent}
        size="lg"
        animated={status?.state !== 'done'}
        aria-label={t('sync.folder.progressLabel')}
      />
    </Stack>
  );
}
