import { Modal } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api.ts';
import { showDone } from '../../components/show-done.tsx';
import { CurrentPasswordField } from './CurrentPasswordField.tsx';
import { PasswordPairForm } from './PasswordPairForm.tsx';
import { usePasswordPairForm } from './use-password-pair-form.ts';

/** "Změnit heslo": the current password, then the new one twice → users.setPassword. */
export function ChangePasswordDialog({
  opened,
  onClose,
}: {
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('session.password.title')} centered>
      {opened && <ChangePasswordForm onClose={onClose} />}
    </Modal>
  );
}

function ChangePasswordForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const form = usePasswordPairForm({
    fieldsAbove: ['current'],
    pairDataField: 'new',
    check: () => (current ? {} : { current: t('session.signIn.passwordRequired') }),
    save: async (password) => {
      const result = await call('users.setPassword', { currentPassword: current, password });
      if (!result.ok) return result.error.message;
      showDone(t('session.password.saved'));
      onClose();
      return null;
    },
  });

  return (
    <PasswordPairForm
      form={form}
      errorTitle={t('session.password.failed')}
      submitLabel={t('session.password.save')}
      onCancel={onClose}
    >
      <CurrentPasswordField value={current} error={form.errors.current} onChange={setCurrent} />
    </PasswordPairForm>
  );
}
