import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** A job that could not start, be followed, or that failed: the message as the API sent it. */
export function JobFailure({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <Alert
      role="alert"
      color="red"
      title={t('legacyImport.job.failed')}
      icon={<IconAlertTriangle aria-hidden />}
    >
      {message}
    </Alert>
  );
}
