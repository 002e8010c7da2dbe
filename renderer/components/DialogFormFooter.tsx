import { Alert, Button, Group } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/**
 * The end of a dialog's form: the API's refusal (one line, announced) and Zrušit / the submit
 * button, the same in every dialog that saves through the API. A form with nowhere to go back
 * to (the first run) has no Zrušit.
 */
export function DialogFormFooter({
  error,
  errorTitle,
  submitLabel,
  isBusy,
  onCancel,
  cancelLabel,
}: {
  error: string | null;
  errorTitle: string;
  submitLabel: string;
  isBusy: boolean;
  onCancel?: () => void;
  /** Where the form names its way back otherwise (default: Zrušit). */
  cancelLabel?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      {error && (
        <Alert role="alert" color="red" title={errorTitle} icon={<IconAlertTriangle aria-hidden />}>
          {error}
        </Alert>
      )}
      <Group justify="flex-end">
        {onCancel && (
          <Button variant="default" onClick={onCancel}>
            {cancelLabel ?? t('common.cancel')}
          </Button>
        )}
        <Button type="submit" loading={isBusy}>
          {submitLabel}
        </Button>
      </Group>
    </>
  );
}
