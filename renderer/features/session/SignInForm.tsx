import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconLogin } from '@tabler/icons-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { signIn } from './session-actions.ts';

interface SignInFormProps {
  /** The lock screen: the signed-in user, shown but not editable; the focus starts on the password. */
  lockedUserName?: string;
  submitLabel: string;
  /** Above the API's message; without it the message alone is the one line. */
  failedTitle?: string;
  /** What the name and password do: sign in (the default), or unlock the database at start. */
  submitWith?: (userName: string, password: string) => Promise<string | null>;
}

/**
 * Name and password (or PIN) → session.signIn (or database.unlock). Enter submits from either
 * field; the API's answer (a wrong password, the wait after repeated failures) is shown under
 * the form, and the focus goes back to the password to try again.
 */
export function SignInForm({
  lockedUserName,
  submitLabel,
  failedTitle,
  submitWith = signIn,
}: SignInFormProps) {
  const { t } = useTranslation();
  const [userName, setUserName] = useState(lockedUserName ?? '');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{ name?: string; password?: string }>({});
  const [apiError, setApiError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const isLock = lockedUserName !== undefined;

  useEffect(() => {
    (isLock ? passwordRef : nameRef).current?.focus();
  }, [isLock]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = {
      ...(userName.trim() ? {} : { name: t('session.signIn.nameRequired') }),
      ...(password ? {} : { password: t('session.signIn.passwordRequired') }),
    };
    setFieldErrors(found);
    if (found.name || found.password) {
      (found.name ? nameRef : passwordRef).current?.focus();
      return;
    }
    setBusy(true);
    setApiError(null);
    const message = await submitWith(userName.trim(), password);
    setBusy(false);
    if (message === null) return;
    setApiError(message);
    setPassword('');
    passwordRef.current?.focus();
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <Stack gap="md">
        <TextInput
          ref={nameRef}
          label={isLock ? t('session.lock.user') : t('session.signIn.name')}
          name="username"
          autoComplete="username"
          required={!isLock}
          readOnly={isLock}
          variant={isLock ? 'filled' : 'default'}
          value={userName}
          onChange={(event) => setUserName(event.currentTarget.value)}
          error={fieldErrors.name}
        />
        <PasswordInput
          ref={passwordRef}
          label={t('session.signIn.password')}
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={fieldErrors.password}
          visibilityToggleButtonProps={{ 'aria-label': t('session.signIn.showPassword') }}
        />
        <Button
          type="submit"
          loading={isBusy}
          fullWidth
          leftSection={<IconLogin size={18} aria-hidden />}
        >
          {submitLabel}
        </Button>
        {apiError && (
          <Alert
            role="alert"
            color="red"
            {...(failedTitle === undefined ? {} : { title: failedTitle })}
            icon={<IconAlertTriangle aria-hidden />}
          >
            {apiError}
          </Alert>
        )}
      </Stack>
    </form>
  );
}
