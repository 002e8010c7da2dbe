import {
  Alert,
  Button,
  Code,
  Group,
  Paper,
  Progress,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCheck, IconRefresh } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncRunStatus } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { canPickFolder, pickFolder } from '../../files/pick-folder.ts';
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
  const [path, setPath] = useState(folder ?? '');
  const [saveError, setSaveError] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaveError(null);
    setSaving(true);
    const trimmed = path.trim();
    const result = await call('sync.setFolder', { folder: trimmed === '' ? null : trimmed });
    setSaving(false);
    if (!result.ok) {
      setSaveError(result.error.message);
      return;
    }
    setPath(result.value.folder ?? '');
    notifications.show({
      color: 'teal',
      icon: <IconCheck size={18} aria-hidden />,
      message: result.value.folder ? t('sync.folder.saved') : t('sync.folder.cleared'),
    });
    onSaved();
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
        <form noValidate onSubmit={(event) => void save(event)}>
          <Group align="flex-end" gap="sm" wrap="wrap">
            <TextInput
              label={t('sync.folder.path')}
              description={t('sync.folder.pathDescription')}
              value={path}
              onChange={(event) => setPath(event.currentTarget.value)}
              error={saveError}
              style={{ flex: '1 1 320px' }}
              spellCheck={false}
            />
            {canPickFolder() && (
              <Button
                variant="default"
                onClick={() =>
                  void pickFolder(t('sync.folder.pick')).then((chosen) => {
                    if (chosen !== null) setPath(chosen);
                  })
                }
              >
                {t('sync.folder.pick')}
              </Button>
            )}
            <Button type="submit" variant="default" loading={isSaving}>
              {t('sync.folder.save')}
            </Button>
          </Group>
        </form>
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
