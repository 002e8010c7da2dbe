import { Alert, Code, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BackupList } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { FolderPathForm, type FolderSaveOutcome } from '../../components/FolderPathForm.tsx';

/**
 * Where backups go on this computer: the folder now, a field to change it (the native dialog in
 * the desktop app, a typed path in the browser), and the way back to the default.
 */
export function BackupFolderForm({ list, onSaved }: { list: BackupList; onSaved: () => void }) {
  const { t } = useTranslation();
  const labels = {
    path: t('backups.folder.path'),
    description: t('backups.folder.pathDescription'),
    pick: t('backups.folder.pick'),
    save: t('backups.folder.save'),
  };
  const save = async (folder: string | null): Promise<FolderSaveOutcome> => {
    const result = await call('backups.setFolder', { folder });
    if (!result.ok) return { refusal: result.error.message };
    const isDefault = result.value.isDefaultFolder;
    return {
      path: isDefault ? '' : result.value.folder,
      done: isDefault ? t('backups.folder.savedDefault') : t('backups.folder.saved'),
    };
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
      <FolderPathForm
        initialPath={list.isDefaultFolder ? '' : list.folder}
        labels={labels}
        save={save}
        onSaved={onSaved}
        resetLabel={list.isDefaultFolder ? undefined : t('backups.folder.useDefault')}
      />
    </Stack>
  );
}
