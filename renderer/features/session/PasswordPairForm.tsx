import { Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogFormFooter } from '../../components/DialogFormFooter.tsx';
import { NewPasswordFields } from './NewPasswordFields.tsx';

type Passwords = { password: string; repeat: string };

interface PasswordPairFormProps {
  /** The state from usePasswordPairForm. */
  form: {
    passwords: Passwords;
    setPasswords: (values: Passwords) => void;
    errors: { password?: string; repeat?: string };
    apiError: string | null;
    isBusy: boolean;
    submit: (event: FormEvent<HTMLFormElement>) => Promise<void>;
    pairDataField: string;
  };
  /** The pair's labels; by default "Nové heslo" / "Nové heslo znovu". */
  labels?: Passwords;
  errorTitle: string;
  submitLabel: string;
  /** Zrušit; a form with nowhere to go back to has none. */
  onCancel?: () => void;
  /** The fields above the pair. */
  children: ReactNode;
}

/** A form that ends with a new password typed twice, then the refusal and the buttons. */
export function PasswordPairForm(props: PasswordPairFormProps) {
  const { form, labels, errorTitle, submitLabel, onCancel, children } = props;
  const { t } = useTranslation();
  return (
    <form noValidate onSubmit={(event) => void form.submit(event)}>
      <Stack gap="md">
        {children}
        <NewPasswordFields
          labels={
            labels ?? { password: t('session.password.new'), repeat: t('session.password.repeat') }
          }
          values={form.passwords}
          errors={form.errors}
          onChange={form.setPasswords}
          dataField={form.pairDataField}
        />
        <DialogFormFooter
          error={form.apiError}
          errorTitle={errorTitle}
          submitLabel={submitLabel}
          isBusy={form.isBusy}
          onCancel={onCancel}
        />
      </Stack>
    </form>
  );
}
