import { Alert, Button, Loader, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../data/use-api-query.ts';
import { RetentionEntryCard } from '../gdpr/RetentionEntryCard.tsx';
import { AuditEntryCard } from '../audit/AuditEntryCard.tsx';
import { ImportEntryCard } from '../import/ImportEntryCard.tsx';
import { useCan } from '../session/use-permissions.ts';
import { UsersSection } from '../users/UsersSection.tsx';
import { BackupsSection } from './BackupsSection.tsx';
import { SettingsForm } from './SettingsForm.tsx';
import { SiteSection } from './SiteSection.tsx';
import { StorageSection } from './StorageSection.tsx';

/**
 * Nastavení: every part shows itself to the roles the permission table lets use it — an
 * administrator sees all of it; a coordinator the settings (read-only), the legacy import and
 * the retention list.
 */
export function SettingsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const settings = useApiQuery('settings.get', {});
  return (
    <Stack gap="lg" maw={640}>
      <Stack gap="xs">
        <Title order={1}>{t('nav.settings')}</Title>
        <Text>{t('settings.intro')}</Text>
      </Stack>
      {settings.status === 'loading' && <Loader aria-label={t('app.loading')} />}
      {settings.status === 'error' && (
        <Alert
          role="alert"
          color="red"
          title={t('settings.loadFailed')}
          icon={<IconAlertTriangle aria-hidden />}
        >
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{settings.error.message}</Text>
            <Button variant="default" size="xs" onClick={settings.reload}>
              {t('app.retry')}
            </Button>
          </Stack>
        </Alert>
      )}
      {settings.status === 'ready' && (
        <SettingsForm initial={settings.value} isReadOnly={!can('settings.set')} />
      )}
      {can('site.update') && <SiteSection />}
      {can('settings.storage') && <StorageSection />}
      <UsersSection />
      {can('import.start') && <ImportEntryCard />}
      <RetentionEntryCard />
      <AuditEntryCard />
      <BackupsSection />
    </Stack>
  );
}
