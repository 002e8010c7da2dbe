import { Alert, Button, Code, Group, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupList } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { canPickFolder, pickFolder } from '../../files/pick-folder.ts';

/**
 * Where backups go on this computer: the folder now, a field to change it (the native dialog in
 * the desktop app, a typed path in the browser), and the way back to the default.
 */
export function BackupFolderForm({ list, onSaved }: { list: BackupList; onSaved: () => void }) {
  const { t } = useTranslation();
  const [path, setPath] = useState(list.isDefaultFolder ? '' : list.folder);
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);

  const save = async (folder: string | null) => {
    setError(null);
    setSaving(true);
    const result = await call('backups.setFolder', { folder });
    setSaving(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setPath(result.value.isDefaultFolder ? '' : result.value.folder);
    notifications.show({
      color: 'teal',
      icon: <IconCheck size={18} aria-hidden />,
      message: result.value.isDefaultFolder
        ? t('backups.folder.savedDefault')
        : t('backups.folder.saved'),
    });
    onSaved();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = path.trim();
    void save(trimmed === '' ? null : trimmed);
  };

  return (
    <Stack gap="xs">
      <Text size="sm">
        {t('backups.folder.current')}:{' '}
        <Code style={{ overflowWrap: 'anywhere' }}>{list.folder}</Code>
        {list.isDefaultFolder && (
          <Text span size="sm" c="dimmed">
            {' '}
            ({t('backups.folder.default')})
          </Text>
        )}
      </Text>
      {!list.isFolderAvailable && (
        <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} p="xs">
          {t('backups.folder.unavailable')}
        </Alert>
      )}
      <form noValidate onSubmit={submit}>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={t('backups.folder.path')}
            description={t('backups.folder.pathDescription')}
            value={path}
            onChange={(event) => setPath(event.currentTarget.value)}
            error={error}
            style={{ flex: '1 1 320px' }}
            spellCheck={false}
          />
          {canPickFolder() && (
            <Button
              variant="default"
              onClick={() =>
                void pickFolder(t('backups.folder.pick')).then((chosen) => {
                  if (chosen !== null) setPath(chosen);
                })
              }
            >
              {t('backups.folder.pick')}
            </Button>
          )}
          <Button type="submit" variant="default" loading={isSaving}>
            {t('backups.folder.save')}
          </Button>
          {!list.isDefaultFolder && (
            <Button variant="subtle" onClick={() => void save(null)} disabled={isSaving}>
              {t('backups.folder.useDefault')}
            </Button>
          )}
        </Group>
      </form>
    </Stack>
  );
}
