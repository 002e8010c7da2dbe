import { Modal, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roleLabels, roles, type Role } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { showDone } from '../../components/show-done.tsx';
import { useUiStore } from '../../state/ui-store.ts';
import { PasswordPairForm } from '../session/PasswordPairForm.tsx';
import { usePasswordPairForm } from '../session/use-password-pair-form.ts';

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
  const form = usePasswordPairForm({
    fieldsAbove: ['userName', 'role'],
    pairDataField: 'password',
    check: () => ({
      ...(userName.trim() ? {} : { userName: t('session.signIn.nameRequired') }),
      ...(role ? {} : { role: t('users.roleRequired') }),
    }),
    save: async (password) => {
      if (!role) return null;
      const result = await call('users.add', { userName: userName.trim(), role, password });
      if (!result.ok) return result.error.message;
      showDone(t('users.added', { name: result.value.name }));
      onAdded();
      onClose();
      return null;
    },
  });

  return (
    <PasswordPairForm
      form={form}
      labels={{ password: t('users.password1'), repeat: t('users.password2') }}
      errorTitle={t('users.addFailed')}
      submitLabel={t('users.addSubmit')}
      onCancel={onClose}
    >
      <TextInput
        label={t('users.userName')}
        description={t('users.userNameDescription')}
        required
        autoComplete="off"
        data-autofocus
        value={userName}
        onChange={(event) => setUserName(event.currentTarget.value)}
        error={form.errors.userName}
        data-field="userName"
      />
      <Select
        label={t('users.role')}
        required
        allowDeselect={false}
        data={roles.map((value) => ({ value, label: roleLabels[value][language] }))}
        value={role}
        onChange={(value) => setRole(value as Role | null)}
        error={form.errors.role}
        data-field="role"
      />
    </PasswordPairForm>
  );
}
