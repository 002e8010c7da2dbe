import { Alert, Button, Paper, Radio, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCheck, IconFileExport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canPickFolder, pickFolder } from '../../files/pick-folder.ts';
import type { SyncStatus } from '../../../db/contract/index.ts';
import { exportSyncFiles } from './sync-export.ts';
import { recipientsOf } from './sync-text.ts';

/**
 * "Připravit soubor pro …": a file for HQ (at a branch) or for one branch or all (at HQ),
 * downloaded, or written into the sync folder when one is set.
 */
export function ExportSection({
  status,
  onExported,
}: {
  status: SyncStatus;
  onExported: () => void;
}) {
  const { t } = useTranslation();
  const recipients = recipientsOf(status, t);
  const [chosen, setChosen] = useState<string | null>(recipients[0]?.value ?? null);
  const [target, setTarget] = useState<'download' | 'folder'>('download');
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const recipient = recipients.find((entry) => entry.value === chosen) ?? recipients[0];
  const prepare = async () => {
    if (!recipient) return;
    // The desktop app asks where to write (a stick); the browser downloads the file instead.
    let folder = target === 'folder' ? status.folder : null;
    if (folder === null && canPickFolder()) {
      folder = await pickFolder(t('sync.export.pickFolder'));
      if (folder === null) return;
    }
    setError(null);
    setBusy(true);
    const outcome = await exportSyncFiles(recipient.value, folder);
    setBusy(false);
    if (!outcome.ok) {
      setError(outcome.message);
      return;
    }
    for (const file of outcome.result.files) {
      notifications.show({
        color: 'teal',
        icon: <IconCheck size={18} aria-hidden />,
        message: file.path
          ? t('sync.export.written', {
              name: file.toName,
              path: file.path,
              operations: file.operations,
            })
          : t('sync.export.ready', {
              file: file.name,
              name: file.toName,
              operations: file.operations,
            }),
      });
    }
    onExported();
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="sync-export-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="sync-export-heading">
          {t('sync.export.heading')}
        </Title>
        <Text size="sm">{t('sync.export.intro')}</Text>
        {recipients.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('sync.export.noRecipients')}
          </Text>
        ) : (
          <>
            <Select
              label={t('sync.export.recipient')}
              data={recipients.map(({ value, label }) => ({ value, label }))}
              value={recipient?.value ?? null}
              onChange={setChosen}
              allowDeselect={false}
              checkIconPosition="right"
            />
            {status.folder && (
              <Radio.Group
                label={t('sync.export.target')}
                value={target}
                onChange={(value) => setTarget(value === 'folder' ? 'folder' : 'download')}
              >
                <Stack gap={6} mt={6}>
                  <Radio value="download" label={t('sync.export.download')} />
                  <Radio
                    value="folder"
                    label={t('sync.export.toFolder')}
                    description={status.folder}
                  />
                </Stack>
              </Radio.Group>
            )}
            {error && (
              <Alert
                role="alert"
                color="red"
                title={t('sync.export.failed')}
                icon={<IconAlertTriangle aria-hidden />}
              >
                {error}
              </Alert>
            )}
            <div>
              <Button
                leftSection={<IconFileExport size={18} aria-hidden />}
                loading={isBusy}
                onClick={() => void prepare()}
              >
                {recipient?.action}
              </Button>
            </div>
          </>
        )}
      </Stack>
    </Paper>
  );
}
