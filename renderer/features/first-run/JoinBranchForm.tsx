import { Alert, Button, FileInput, Group, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCheck, IconFileCertificate } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { readAsBase64 } from '../import/chosen-files.ts';
import { NewPasswordFields } from '../session/NewPasswordFields.tsx';
import { newPasswordProblems } from '../session/password-check.ts';

type Field = 'file' | 'passphrase' | 'adminName' | 'password' | 'repeat';

/**
 * "Připojit pobočku k organizaci": the enrolment file HQ prepared, the one-time passphrase it
 * passed on separately, and the branch's first administrator with their password → sync.join.
 */
export function JoinBranchForm({ onJoined }: { onJoined: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [adminName, setAdminName] = useState('');
  const [passwords, setPasswords] = useState({ password: '', repeat: '' });
  const language = useUiStore((state) => state.language);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [apiError, setApiError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  const check = (): Partial<Record<Field, string>> => ({
    ...(file ? {} : { file: t('firstRun.joinFileRequired') }),
    ...(passphrase.trim() ? {} : { passphrase: t('firstRun.joinPassphraseRequired') }),
    ...(adminName.trim() ? {} : { adminName: t('firstRun.joinAdminRequired') }),
    ...newPasswordProblems(
      passwords.password,
      passwords.repeat,
      language,
      t('session.password.mismatch'),
    ),
  });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setApiError(null);
    const found = check();
    setErrors(found);
    const firstWrong = (['file', 'passphrase', 'adminName', 'password', 'repeat'] as const).find(
      (name) => found[name],
    );
    if (firstWrong || !file) {
      // As on the new-site form: the focus goes to the first field to fix.
      const field = firstWrong === 'repeat' ? 'password-repeat' : firstWrong;
      event.currentTarget.querySelector<HTMLElement>(`[data-field="${field}"]`)?.focus();
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
      adminPassword: passwords.password,
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
        <NewPasswordFields
          labels={{
            password: t('session.password.admin'),
            repeat: t('session.password.adminRepeat'),
          }}
          values={passwords}
          errors={errors}
          onChange={setPasswords}
          dataField="password"
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
