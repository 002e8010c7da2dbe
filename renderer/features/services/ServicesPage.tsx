import { Button, Divider, Group, Kbd, Stack, Text, Title } from '@mantine/core';
import { IconDesk } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DayOverviewSection } from './DayOverviewSection.tsx';
import { ServiceCatalogueSection } from './ServiceCatalogueSection.tsx';
import { useServiceCatalogue } from './use-service-catalogue.ts';

/** Services: what was delivered on a day, and the catalogue of service types. */
export function ServicesPage() {
  const { t } = useTranslation();
  const catalogue = useServiceCatalogue();
  return (
    <Stack gap="xl">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{t('nav.services')}</Title>
          <Text c="dimmed">{t('services.intro')}</Text>
        </div>
        <Button
          component={Link}
          to="/reception"
          leftSection={<IconDesk size={18} aria-hidden />}
          rightSection={<Kbd size="xs">Alt+R</Kbd>}
          aria-keyshortcuts="Alt+R"
        >
          {t('services.toReception')}
        </Button>
      </Group>
      <DayOverviewSection label={catalogue.label} />
      <Divider />
      <ServiceCatalogueSection catalogue={catalogue} />
    </Stack>
  );
}
