import { FileInput, Text, TextInput } from '@mantine/core';
import { IconFileCertificate } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api.ts';
import { showDone } from '../../components/show-done.tsx';
import { readAsBase64 } from '../import/chosen-files.ts';
import { PasswordPairForm } from '../session/PasswordPairForm.tsx';
import { usePasswordPairForm } from '../session/use-password-pair-form.ts';

/**
 * "Připojit pobočku k organizaci": the enrolment file HQ prepared, the one-time passphrase it
 * passed on separately, and the branch's first administrator with their password → sync.join.
 */
export function JoinBranchForm({ onJoined }: { onJoined: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [adminName, setAdminName] = useState('');
  const form = usePasswordPairForm({
    fieldsAbove: ['file', 'passphrase', 'adminName'],
    pairDataField: 'password',
    clearsRefusalFirst: true,
    check: () => ({
      ...(file ? {} : { file: t('firstRun.joinFileRequired') }),
      ...(passphrase.trim() ? {} : { passphrase: t('firstRun.joinPassphraseRequired') }),
      ...(adminName.trim() ? {} : { adminName: t('firstRun.joinAdminRequired') }),
    }),
    save: async (password) => {
      if (!file) return null;
      let contentBase64: string;
      try {
        contentBase64 = await readAsBase64(file);
      } catch {
        return t('firstRun.joinFileReadFailed', { name: file.name });
      }
      const result = await call('sync.join', {
        file: { name: file.name, contentBase64 },
        passphrase: passphrase.trim(),
        adminName: adminName.trim(),
        adminPassword: password,
      });
      if (!result.ok) return result.error.message;
      showDone(t('firstRun.joined', { name: result.value.name }));
      onJoined();
      return null;
    },
  });
  const { errors, setErrors } = form;

  return (
    <PasswordPairForm
      form={form}
      labels={{ password: t('session.password.admin'), repeat: t('session.password.adminRepeat') }}
      errorTitle={t('firstRun.joinFailed')}
      submitLabel={t('firstRun.joinSubmit')}
    >
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
    </PasswordPairForm>
  );
}
