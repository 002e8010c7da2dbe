import { Modal, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { NewPasswordFields } from './NewPasswordFields.tsx';
import { newPasswordProblems } from './password-check.ts';
import { DialogFormFooter } from '../../components/DialogFormFooter.tsx';

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
  const language = useUiStore((state) => state.language);
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
      ...(current ? {} : { current: t('session.signIn.passwordRequired') }),
      ...newPasswordProblems(
        values.password,
        values.repeat,
        language,
        t('session.password.mismatch'),
      ),
    };
    setErrors(found);
    const form = event.currentTarget;
    const firstWrong = (['current', 'password', 'repeat'] as const).find((name) => found[name]);
    if (firstWrong) {
      const field = { current: 'current', password: 'new', repeat: 'new-repeat' }[firstWrong];
      form.querySelector<HTMLElement>(`[data-field="${field}"]`)?.focus();
      return;
    }
    setBusy(true);
    setApiError(null);
    const result = await call('users.setPassword', {
      currentPassword: current,
      password: values.password,
    });
    setBusy(false);
    if (!result.ok) {
      setApiError(result.error.message);
      return;
    }
    notifications.show({
      color: 'teal',
      icon: <IconCheck size={18} aria-hidden />,
      message: t('session.password.saved'),
    });
    onClose();
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <Stack gap="md">
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
        <NewPasswordFields
          labels={{ password: t('session.password.new'), repeat: t('session.password.repeat') }}
          values={values}
          errors={errors}
          onChange={setValues}
          dataField="new"
        />
        <DialogFormFooter
          error={apiError}
          errorTitle={t('session.password.failed')}
          submitLabel={t('session.password.save')}
          isBusy={isBusy}
          onCancel={onClose}
        />
      </Stack>
    </form>
  );
}
