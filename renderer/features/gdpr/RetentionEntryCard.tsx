import { Button, Card, Stack, Text, Title } from '@mantine/core';
import { IconUserOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../session/use-permissions.ts';

/** Where the settings lead to the retention rule's list of clients to anonymise. */
export function RetentionEntryCard() {
  const { t } = useTranslation();
  const can = useCan();
  if (!can('clients.inactive')) return null;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="retention-entry-title">
      <Stack gap="xs" align="flex-start">
        <Title order={2} size="h4" id="retention-entry-title">
          {t('gdpr.retention.open')}
        </Title>
        <Text size="sm">{t('gdpr.retention.openDescription')}</Text>
        <Button
          component={Link}
          to="/settings/retention"
          variant="default"
          leftSection={<IconUserOff size={18} aria-hidden />}
        >
          {t('gdpr.retention.open')}
        </Button>
      </Stack>
    </Card>
  );
}
