import { Alert, Button, FileInput, Group, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCheck, IconFileCertificate } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api.ts';
import { readAsBase64 } from '../import/chosen-files.ts';

type Field = 'file' | 'passphrase' | 'adminName';

/**
 * "Připojit pobočku k organizaci": the enrolment file HQ prepared, the one-time passphrase it
 * passed on separately, and the branch's first administrator → sync.join.
 */
export function JoinBranchForm({ onJoined }: { onJoined: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [adminName, setAdminName] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [apiError, setApiError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  const check = (): Partial<Record<Field, string>> => ({
    ...(file ? {} : { file: t('firstRun.joinFileRequired') }),
    ...(passphrase.trim() ? {} : { passphrase: t('firstRun.joinPassphraseRequired') }),
    ...(adminName.trim() ? {} : { adminName: t('firstRun.joinAdminRequired') }),
  });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setApiError(null);
    const found = check();
    setErrors(found);
    const firstWrong = (['file', 'passphrase', 'adminName'] as const).find((name) => found[name]);
    if (firstWrong || !file) {
      // As on the new-site form: the focus goes to the first field to fix.
      event.currentTarget.querySelector<HTMLElement>(`[data-field="${firstWrong}"]`)?.focus();
      return;
    }
    setBusy(true);
    let contentBase64: string;
    try {
      contentBase64 = await readAsBase64(file);
    } catch {
      setBusy(false);
      setApiError(t('firstRun.joinFileReadFailed', { name: file.name }));
      return;
    }
    const result = await call('sync.join', {
      file: { name: file.name, contentBase64 },
      passphrase: passphrase.trim(),
      adminName: adminName.trim(),
    });
    setBusy(false);
    if (!result.ok) {
      setApiError(result.error.message);
      return;
    }
    notifications.show({
      color: 'teal',
      icon: <IconCheck size={18} aria-hidden />,
      message: t('firstRun.joined', { name: result.value.name }),
    });
    onJoined();
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <Stack gap="md">
        <Text>{t('firstRun.joinIntro')}</Text>
        <FileInput
          label={t('firstRun.joinFile')}
          description={t('firstRun.joinFileDescription')}
          placeholder={t('firstRun.joinFilePlaceholder')}
          required
          clearable
          accept=".pristav-enrol"
          name="enrolment-file"
          leftSection={<IconFileCertificate size={18} aria-hidden />}
          value={file}
          onChange={(chosen) => {
            setFile(chosen);
            setErrors((previous) => ({ ...previous, file: undefined }));
          }}
          error={errors.file}
          data-field="file"
        />
        <TextInput
          label={t('firstRun.joinPassphrase')}
          description={t('firstRun.joinPassphraseDescription')}
          required
          autoComplete="off"
          spellCheck={false}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          value={passphrase}
          onChange={(event) => setPassphrase(event.currentTarget.value)}
          error={errors.passphrase}
          data-field="passphrase"
        />
        <TextInput
          label={t('firstRun.adminName')}
          description={t('firstRun.adminNameDescription')}
          required
          autoComplete="name"
          value={adminName}
          onChange={(event) => setAdminName(event.currentTarget.value)}
          error={errors.adminName}
          data-field="adminName"
        />
        {apiError && (
          <Alert
            role="alert"
            color="red"
            title={t('firstRun.joinFailed')}
            icon={<IconAlertTriangle aria-hidden />}
          >
            {apiError}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={isBusy}>
            {t('firstRun.joinSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
