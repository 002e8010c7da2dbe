import { Button, Card, Stack, Text, Title } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../session/use-permissions.ts';

/** Where the settings lead an admin to the read and change audit. */
export function AuditEntryCard() {
  const { t } = useTranslation();
  const can = useCan();
  if (!can('audit.list')) return null;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="audit-entry-title">
      <Stack gap="xs" align="flex-start">
        <Title order={2} size="h4" id="audit-entry-title">
          {t('audit.title')}
        </Title>
        <Text size="sm">{t('audit.entryDescription')}</Text>
        <Button
          component={Link}
          to="/settings/audit"
          variant="default"
          leftSection={<IconEye size={18} aria-hidden />}
        >
          {t('audit.open')}
        </Button>
      </Stack>
    </Card>
  );
}
