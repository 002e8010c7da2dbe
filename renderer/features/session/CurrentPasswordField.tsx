import { PasswordInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "Současné heslo": asked before one's own password changes; it has the focus first. */
export function CurrentPasswordField({
  value,
  error,
  onChange,
}: {
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <PasswordInput
      label={t('session.password.current')}
      required
      autoComplete="current-password"
      data-autofocus
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
      visibilityToggleButtonProps={{ 'aria-label': t('session.signIn.showPassword') }}
      data-field="current"
    />
  );
}
