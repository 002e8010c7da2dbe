import { Modal } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { showDone } from '../../components/show-done.tsx';
import { CurrentPasswordField } from '../session/CurrentPasswordField.tsx';
import { PasswordPairForm } from '../session/PasswordPairForm.tsx';
import { signIn } from '../session/session-actions.ts';
import { usePasswordPairForm } from '../session/use-password-pair-form.ts';

interface SetPasswordDialogProps {
  /** Whose password; null keeps the dialog closed. */
  user: UserSummary | null;
  /** The administrator's own row: their current password first, if they have one. */
  isOwn: boolean;
  /** Nobody had a password yet: setting one's own starts sign-in, so they go on signed in. */
  isFirstPassword: boolean;
  onClose: () => void;
  onSet: () => void;
}

/** "Nastavit heslo": a new password for a user (an administrator's task) → users.setPassword. */
export function SetPasswordDialog(props: SetPasswordDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={props.user !== null}
      onClose={props.onClose}
      title={props.user ? t('users.setPasswordTitle', { name: props.user.name }) : ''}
      centered
    >
      {props.user && <SetPasswordForm {...props} user={props.user} />}
    </Modal>
  );
}

function SetPasswordForm({
  user,
  isOwn,
  isFirstPassword,
  onClose,
  onSet,
}: SetPasswordDialogProps & { user: UserSummary }) {
  const { t } = useTranslation();
  const needsCurrent = isOwn && user.hasPassword;
  const [current, setCurrent] = useState('');
  const form = usePasswordPairForm({
    fieldsAbove: ['current'],
    pairDataField: 'new',
    check: () =>
      needsCurrent && !current ? { current: t('session.signIn.passwordRequired') } : {},
    save: async (password) => {
      const result = await call(
        'users.setPassword',
        isOwn
          ? { password, ...(needsCurrent ? { currentPassword: current } : {}) }
          : { userName: user.name, password },
      );
      if (result.ok && isFirstPassword) await signIn(user.name, password);
      if (!result.ok) return result.error.message;
      showDone(t('users.setPasswordDone', { name: user.name }));
      onSet();
      onClose();
      return null;
    },
  });

  return (
    <PasswordPairForm
      form={form}
      errorTitle={t('users.setPasswordFailed')}
      submitLabel={t('users.setPasswordSubmit')}
      onCancel={onClose}
    >
      {needsCurrent && (
        <CurrentPasswordField value={current} error={form.errors.current} onChange={setCurrent} />
      )}
    </PasswordPairForm>
  );
}
