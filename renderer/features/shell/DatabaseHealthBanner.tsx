import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../data/use-api-query.ts';

/** How often the banner asks while the check is still reading the file. */
const pollMs = 3_000;

/**
 * The page-by-page integrity check runs after start without blocking anyone; when it finds
 * damage, this says so at once on every page, and that writing has stopped (the database
 * connection turned read-only) so that nothing more goes into a damaged file.
 */
export function DatabaseHealthBanner() {
  const { t } = useTranslation();
  // app.health reads one field in memory; app.info would count the change log at every poll.
  const health = useApiQuery('app.health', {});
  const state = health.status === 'ready' ? health.value.state : 'checking';
  const { reload } = health;

  useEffect(() => {
    if (state !== 'checking' && state !== 'unchecked') return;
    const timer = setTimeout(reload, pollMs);
    return () => clearTimeout(timer);
  }, [state, reload, health]);

  if (health.status !== 'ready' || health.value.state !== 'failed') return null;
  return (
    <Alert
      role="alert"
      color="red"
      variant="filled"
      mb="md"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('health.failedTitle')}
    >
      {t('health.failedText', { detail: health.value.detail })}
    </Alert>
  );
}
