import { Box, Container, Grid, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import {
  IconBuildingCommunity,
  IconPlugConnected,
  IconShieldLock,
  IconSquarePlus,
} from '@tabler/icons-react';
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
      {/* On a wide screen the demo offer sits beside the form, in view without scrolling
          (1366 × 768): the form alone is taller than the window. */}
      <Container size={1080}>
        <Group justify="space-between" mb="md">
          <Text fw={700} size="lg" c="blue.8">
            {t('app.name')}
          </Text>
          <LanguageSwitch />
        </Group>
        <Grid gap="lg" align="flex-start">
          <Grid.Col span={{ base: 12, md: 7 }}>
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
              {/* Both forms set the administrator's password, and the new database is encrypted. */}
              <Group gap="xs" wrap="nowrap" mt="lg" c="dimmed">
                <IconShieldLock size={18} aria-hidden />
                <Text size="sm">{t('firstRun.encrypted')}</Text>
              </Group>
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <DemoDataOffer onFilled={onCreated} />
          </Grid.Col>
        </Grid>
      </Container>
    </Box>
  );
}
