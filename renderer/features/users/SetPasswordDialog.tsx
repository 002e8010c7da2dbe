import { Modal, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { NewPasswordFields } from '../session/NewPasswordFields.tsx';
import { newPasswordProblems } from '../session/password-check.ts';
import { signIn } from '../session/session-actions.ts';
import { DialogFormFooter } from '../../components/DialogFormFooter.tsx';

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
  const language = useUiStore((state) => state.language);
  const needsCurrent = isOwn && user.hasPassword;
  const [current, setCurrent] = useState('');
  const [values, setValues] = useState({ password: '', repeat: '' });
  const [errors, setErrors] = useState<{ current?: string; password?: string; repeat?: string }>(
    {},
  );
  const [apiError, setApiError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = {
      ...(needsCurrent && !current ? { current: t('session.signIn.passwordRequired') } : {}),
      ...newPasswordProblems(
        values.password,
        values.repeat,
        language,
        t('session.password.mismatch'),
      ),
    };
    setErrors(found);
    const firstWrong = (['current', 'password', 'repeat'] as const).find((name) => found[name]);
    if (firstWrong) {
      const field = { current: 'current', password: 'new', repeat: 'new-repeat' }[firstWrong];
      event.currentTarget.querySelector<HTMLElement>(`[data-field="${field}"]`)?.focus();
      return;
    }
    setBusy(true);
    setApiError(null);
    const result = await call(
      'users.setPassword',
      isOwn
        ? { password: values.password, ...(needsCurrent ? { currentPassword: current } : {}) }
        : { userName: user.name, password: values.password },
    );
    if (result.ok && isFirstPassword) await signIn(user.name, values.password);
    setBusy(false);
    if (!result.ok) {
      setApiError(result.error.message);
      return;
    }
    notifications.show({
      color: 'teal',
      icon: <IconCheck size={18} aria-hidden />,
      message: t('users.setPasswordDone', { name: user.name }),
    });
    onSet();
    onClose();
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <Stack gap="md">
        {needsCurrent && (
          <PasswordInput
            label={t('session.password.current')}
            required
            autoComplete="current-password"
            data-autofocus
            value={current}
            onChange={(event) => setCurrent(event.currentTarget.value)}
            error={errors.current}
            visibilityToggleButtonProps={{ 'aria-label': t('session.signIn.showPassword') }}
            data-field="current"
          />
        )}
        <NewPasswordFields
          labels={{ password: t('session.password.new'), repeat: t('session.password.repeat') }}
          values={values}
          errors={errors}
          onChange={setValues}
          dataField="new"
        />
        <DialogFormFooter
          error={apiError}
          errorTitle={t('users.setPasswordFailed')}
          submitLabel={t('users.setPasswordSubmit')}
          isBusy={isBusy}
          onCancel={onClose}
        />
      </Stack>
    </form>
  );
}
