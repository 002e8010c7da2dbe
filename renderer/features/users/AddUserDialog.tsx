import { Modal, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { roleLabels, roles, type Role } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { NewPasswordFields } from '../session/NewPasswordFields.tsx';
import { newPasswordProblems } from '../session/password-check.ts';
import { DialogFormFooter } from '../../components/DialogFormFooter.tsx';

type Field = 'userName' | 'role' | 'password' | 'repeat';

/** "Přidat uživatele": a name, a role and a first password → users.add. */
export function AddUserDialog({
  opened,
  onClose,
  onAdded,
}: {
  opened: boolean;
  onClose: () => void;
  onAdded: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('users.addTitle')} centered>
      {opened && <AddUserForm onClose={onClose} onAdded={onAdded} />}
    </Modal>
  );
}

function AddUserForm({ onClose, onAdded }: { onClose: () => void; onAdded: () => void }) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const [userName, setUserName] = useState('');
  const [role, setRole] = useState<Role | null>(null);
  const [passwords, setPasswords] = useState({ password: '', repeat: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [apiError, setApiError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const required = t('session.signIn.nameRequired');

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {
      ...(userName.trim() ? {} : { userName: required }),
      ...(role ? {} : { role: t('users.roleRequired') }),
      ...newPasswordProblems(
        passwords.password,
        passwords.repeat,
        language,
        t('session.password.mismatch'),
      ),
    };
    setErrors(found);
    const firstWrong = (['userName', 'role', 'password', 'repeat'] as const).find(
      (name) => found[name],
    );
    if (firstWrong || !role) {
      const field = firstWrong === 'repeat' ? 'password-repeat' : firstWrong;
      event.currentTarget.querySelector<HTMLElement>(`[data-field="${field}"]`)?.focus();
      return;
    }
    setBusy(true);
    setApiError(null);
    const result = await call('users.add', {
      userName: userName.trim(),
      role,
      password: passwords.password,
    });
    setBusy(false);
    if (!result.ok) {
      setApiError(result.error.message);
      return;
    }
    notifications.show({
      color: 'teal',
      icon: <IconCheck size={18} aria-hidden />,
      message: t('users.added', { name: result.value.name }),
    });
    onAdded();
    onClose();
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <Stack gap="md">
        <TextInput
          label={t('users.userName')}
          description={t('users.userNameDescription')}
          required
          autoComplete="off"
          data-autofocus
          value={userName}
          onChange={(event) => setUserName(event.currentTarget.value)}
          error={errors.userName}
          data-field="userName"
        />
        <Select
          label={t('users.role')}
          required
          allowDeselect={false}
          data={roles.map((value) => ({ value, label: roleLabels[value][language] }))}
          value={role}
          onChange={(value) => setRole(value as Role | null)}
          error={errors.role}
          data-field="role"
        />
        <NewPasswordFields
          labels={{ password: t('users.password1'), repeat: t('users.password2') }}
          values={passwords}
          errors={errors}
          onChange={setPasswords}
          dataField="password"
        />
        <DialogFormFooter
          error={apiError}
          errorTitle={t('users.addFailed')}
          submitLabel={t('users.addSubmit')}
          isBusy={isBusy}
          onCancel={onClose}
        />
      </Stack>
    </form>
  );
}
