import { Alert, Box, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../../state/session-store.ts';
import { LanguageSwitch } from '../shell/LanguageSwitch.tsx';
import { useAppInfo } from '../startup/app-info-context.ts';
import { SignInForm } from './SignInForm.tsx';

/** Instead of the app while nobody is signed in (once users have passwords). */
export function SignInScreen() {
  const { t } = useTranslation();
  const { site } = useAppInfo();
  const notice = useSessionStore((state) => state.notice);
  return (
    <Box component="main" mih="100vh" py="xl" bg="var(--mantine-color-gray-0)">
      <Container size={440}>
        <Group justify="space-between" mb="md">
          <Text fw={700} size="lg" c="blue.8">
            {t('app.name')}
          </Text>
          <LanguageSwitch />
        </Group>
        <Paper withBorder shadow="sm" radius="md" p="xl">
          <Stack gap="lg">
            <Group gap="sm" wrap="nowrap">
              <IconLock size={32} aria-hidden />
              <div>
                <Title order={1}>{t('session.signIn.title')}</Title>
                <Text c="dimmed">{site.name}</Text>
              </div>
            </Group>
            {notice && (
              <Alert role="status" color="blue" icon={<IconInfoCircle aria-hidden />}>
                {t(notice === 'signedOut' ? 'session.signIn.signedOut' : 'session.signIn.expired')}
              </Alert>
            )}
            <Text>{t('session.signIn.intro')}</Text>
            <SignInForm
              submitLabel={t('session.signIn.submit')}
              failedTitle={t('session.signIn.failed')}
            />
          </Stack>
        </Paper>
      </Container>
    </Box>
  );
}
