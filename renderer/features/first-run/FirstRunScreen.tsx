import { Box, Container, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconBuildingCommunity, IconPlugConnected, IconSquarePlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../shell/LanguageSwitch.tsx';
import { DemoDataOffer } from './DemoDataOffer.tsx';
import { JoinBranchForm } from './JoinBranchForm.tsx';
import { NewSiteForm } from './NewSiteForm.tsx';

/**
 * The first screen on a new database: set up a new site and its first administrator, or join a
 * branch to an organisation with the file and passphrase from headquarters; or try demo data.
 */
export function FirstRunScreen({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  return (
    <Box component="main" mih="100vh" py="xl" bg="var(--mantine-color-gray-0)">
      <Container size={560}>
        <Group justify="space-between" mb="md">
          <Text fw={700} size="lg" c="blue.8">
            {t('app.name')}
          </Text>
          <LanguageSwitch />
        </Group>
        <Paper withBorder shadow="sm" radius="md" p="xl">
          <Group gap="sm" wrap="nowrap" mb="md">
            <IconBuildingCommunity size={32} aria-hidden />
            <Title order={1}>{t('firstRun.title')}</Title>
          </Group>
          <Tabs defaultValue="new" keepMounted={false}>
            <Tabs.List aria-label={t('firstRun.modeLabel')} mb="md" grow>
              <Tabs.Tab value="new" leftSection={<IconSquarePlus size={18} aria-hidden />}>
                {t('firstRun.modeNew')}
              </Tabs.Tab>
              <Tabs.Tab value="join" leftSection={<IconPlugConnected size={18} aria-hidden />}>
                {t('firstRun.modeJoin')}
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="new">
              <Stack gap="xs" mb="lg">
                <Text>{t('firstRun.intro')}</Text>
                <Text size="sm" c="dimmed">
                  {t('firstRun.allRequired')}
                </Text>
              </Stack>
              <NewSiteForm onCreated={onCreated} />
            </Tabs.Panel>
            <Tabs.Panel value="join">
              <JoinBranchForm onJoined={onCreated} />
            </Tabs.Panel>
          </Tabs>
        </Paper>
        <DemoDataOffer onFilled={onCreated} />
      </Container>
    </Box>
  );
}
