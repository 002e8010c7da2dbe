import { Alert, Card, Code, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../data/use-api-query.ts';
import './settings.css';

/** Where this computer keeps the database and its backups, and whether it is encrypted. */
export function StorageSection() {
  const { t } = useTranslation();
  const storage = useApiQuery('settings.storage', {});
  const headingId = 'settings-storage';
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          {t('siteSettings.storage.title')}
        </Title>
        <Text size="sm">{t('siteSettings.storage.intro')}</Text>
        {storage.status === 'error' && (
          <Alert role="alert" color="red" title={t('siteSettings.storage.loadFailed')}>
            {storage.error.message}
          </Alert>
        )}
        {storage.status === 'ready' && (
          <dl className="storage-list">
            <dt>{t('siteSettings.storage.database')}</dt>
            <dd>
              <Code block className="storage-path">
                {storage.value.databaseFile}
              </Code>
              <Text size="sm" c="dimmed">
                {storage.value.isEncrypted
                  ? t('siteSettings.storage.encrypted')
                  : t('siteSettings.storage.plain')}
              </Text>
            </dd>
            <dt>{t('siteSettings.storage.backups')}</dt>
            <dd>
              <Code block className="storage-path">
                {storage.value.backupFolder}
              </Code>
              {storage.value.isDefaultBackupFolder && (
                <Text size="sm" c="dimmed">
                  {t('siteSettings.storage.backupsDefault')}
                </Text>
              )}
            </dd>
          </dl>
        )}
      </Stack>
    </Card>
  );
}
