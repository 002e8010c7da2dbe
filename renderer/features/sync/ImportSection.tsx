import { Alert, Button, Checkbox, FileInput, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconFileImport, IconFiles } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UploadedFile } from '../../../db/contract/index.ts';
import { readAsBase64 } from '../import/chosen-files.ts';
import { importSyncFiles, type ConfirmMassDelete } from './sync-jobs.ts';
import type { SyncOutcome } from './sync-outcome.ts';

/**
 * "Načíst soubory": several .pristav-sync files at once, in any order, or "Jen zkontrolovat"
 * for a dry run. A mass deletion is asked about first.
 */
export function ImportSection({
  askMassDelete,
  onImported,
}: {
  askMassDelete: ConfirmMassDelete;
  onImported: (outcome: SyncOutcome) => void;
}) {
  const { t } = useTranslation();
  const [files, setFiles] = useState<File[]>([]);
  const [isDryRun, setDryRun] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  const read = async (): Promise<UploadedFile[] | null> => {
    const uploaded: UploadedFile[] = [];
    for (const file of files) {
      try {
        uploaded.push({ name: file.name, contentBase64: await readAsBase64(file) });
      } catch {
        setError(t('sync.import.readFailed', { name: file.name }));
        return null;
      }
    }
    return uploaded;
  };

  const submit = async () => {
    setError(null);
    if (files.length === 0) {
      setError(t('sync.import.noFiles'));
      return;
    }
    setBusy(true);
    const uploaded = await read();
    const outcome = uploaded && (await importSyncFiles(uploaded, isDryRun, askMassDelete));
    setBusy(false);
    if (!outcome || outcome.status === 'declined') return;
    if (outcome.status === 'failed') {
      setError(outcome.message);
      return;
    }
    // After a check the same files can be read for real; after a real import they are done.
    if (!isDryRun) setFiles([]);
    onImported({ kind: 'import', isDryRun, files: outcome.result.files });
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="sync-import-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="sync-import-heading">
          {t('sync.import.heading')}
        </Title>
        <Text size="sm">{t('sync.import.intro')}</Text>
        <FileInput
          multiple
          clearable
          name="sync-files"
          accept=".pristav-sync"
          label={t('sync.import.files')}
          placeholder={t('sync.import.placeholder')}
          leftSection={<IconFiles size={18} aria-hidden />}
          value={files}
          onChange={(chosen) => {
            setFiles(chosen);
            setError(null);
          }}
        />
        <Checkbox
          label={t('sync.import.dryRun')}
          description={t('sync.import.dryRunDescription')}
          checked={isDryRun}
          onChange={(event) => setDryRun(event.currentTarget.checked)}
        />
        {error && (
          <Alert
            role="alert"
            color="red"
            title={t('sync.import.failed')}
            icon={<IconAlertTriangle aria-hidden />}
          >
            {error}
          </Alert>
        )}
        <div>
          <Button
            leftSection={<IconFileImport size={18} aria-hidden />}
            loading={isBusy}
            onClick={() => void submit()}
          >
            {t('sync.import.submit')}
          </Button>
        </div>
      </Stack>
    </Paper>
  );
}
