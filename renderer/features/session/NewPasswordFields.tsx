import { PasswordInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface NewPasswordFieldsProps {
  labels: { password: string; repeat: string };
  values: { password: string; repeat: string };
  errors: { password?: string; repeat?: string };
  onChange: (values: { password: string; repeat: string }) => void;
  /** Set where the first field is to take the focus when the form finds a problem. */
  dataField?: string;
}

/** A new password typed twice, with the rule under the first field. */
export function NewPasswordFields({
  labels,
  values,
  errors,
  onChange,
  dataField,
}: NewPasswordFieldsProps) {
  const { t } = useTranslation();
  const toggle = { 'aria-label': t('session.signIn.showPassword') };
  return (
    <>
      <PasswordInput
        label={labels.password}
        description={t('session.password.rules')}
        required
        autoComplete="new-password"
        value={values.password}
        onChange={(event) => onChange({ ...values, password: event.currentTarget.value })}
        error={errors.password}
        visibilityToggleButtonProps={toggle}
        data-field={dataField}
      />
      <PasswordInput
        label={labels.repeat}
        required
        autoComplete="new-password"
        value={values.repeat}
        onChange={(event) => onChange({ ...values, repeat: event.currentTarget.value })}
        error={errors.repeat}
        visibilityToggleButtonProps={toggle}
        data-field={dataField === undefined ? undefined : `${dataField}-repeat`}
      />
    </>
  );
}
