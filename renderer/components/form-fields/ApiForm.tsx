import { Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { DialogFormFooter } from '../DialogFormFooter.tsx';

interface ApiFormProps {
  /** From useApiForm: the submit handler, the API's refusal, whether it is saving. */
  state: {
    submit: (event?: FormEvent<HTMLFormElement>) => Promise<void>;
    apiError: string | null;
    isBusy: boolean;
  };
  errorTitle: string;
  submitLabel: string;
  /** Zrušit; a form with nowhere to go back to (the first run) has none. */
  onCancel?: () => void;
  /** The fields, top to bottom. */
  children: ReactNode;
}

/**
 * A form that saves through the API, laid out the same everywhere: its fields one under another
 * (the browser's own checks off: the contract's schema speaks instead), then the refusal and
 * the buttons.
 */
export function ApiForm({ state, errorTitle, submitLabel, onCancel, children }: ApiFormProps) {
  return (
    <form noValidate onSubmit={(event) => void state.submit(event)}>
      <Stack gap="md">
        {children}
        <DialogFormFooter
          error={state.apiError}
          errorTitle={errorTitle}
          submitLabel={submitLabel}
          isBusy={state.isBusy}
          onCancel={onCancel}
        />
      </Stack>
    </form>
  );
}
