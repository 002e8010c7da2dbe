import { Box, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SignInForm } from '../session/SignInForm.tsx';
import { unlockDatabase } from '../session/session-actions.ts';
import { LanguageSwitch } from '../shell/LanguageSwitch.tsx';

/**
 * The locked start: an encrypted database whose key the app could not take from the OS
 * keystore. Nothing is open yet — not even the site's name is known — so the name and password
 * do both at once: they unwrap the key, open the database and sign in (database.unlock). A wrong
 * one is one line under the form, and the database stays closed.
 */
export function UnlockScreen({ onUnlocked }: { onUnlocked: () => void }) {
  const { t } = useTranslation();
  const unlock = async (userName: string, password: string) => {
    const message = await unlockDatabase(userName, password);
    if (message === null) onUnlocked();
    return message;
  };
  return (
    <Box component="main" mih="100vh" py="xl" bg="var(--mantine-color-gray-0)">
      <Container size={520}>
        <Group justify="space-between" mb="md">
          <Text fw={700} size="lg" c="blue.8">
            {t('app.name')}
          </Text>
          <LanguageSwitch />
        </Group>
        <Paper withBorder shadow="sm" radius="md" p="xl">
          <Stack gap="lg">
            <Group gap="sm" wrap="nowrap" align="flex-start">
              <IconShieldLock size={32} aria-hidden />
              <Title order={1} size="h2">
                {t('session.unlock.title')}
              </Title>
            </Group>
            <Text>{t('session.unlock.intro')}</Text>
            <SignInForm submitLabel={t('session.unlock.submit')} submitWith={unlock} />
          </Stack>
        </Paper>
      </Container>
    </Box>
  );
}
