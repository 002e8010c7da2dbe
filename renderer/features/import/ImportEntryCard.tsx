import { Button, Card, Stack, Text, Title } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Where the settings lead to the legacy import: a one-off task of setting Přístav up. */
export function ImportEntryCard() {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="import-entry-title">
      <Stack gap="xs" align="flex-start">
        <Title order={2} size="h4" id="import-entry-title">
          {t('legacyImport.entry.settingsTitle')}
        </Title>
        <Text size="sm">{t('legacyImport.entry.settingsText')}</Text>
        <Button
          component={Link}
          to="/import"
          variant="default"
          leftSection={<IconFileImport size={18} aria-hidden />}
        >
          {t('legacyImport.entry.button')}
        </Button>
      </Stack>
    </Card>
  );
}
