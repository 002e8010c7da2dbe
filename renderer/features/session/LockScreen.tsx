import { Box, Button, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { IconLock, IconUserCircle } from '@tabler/icons-react';
import { useLayoutEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { roleLabels } from '../../../db/contract/index.ts';
import { useSessionStore } from '../../state/session-store.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { LanguageSwitch } from '../shell/LanguageSwitch.tsx';
import { signOut } from './session-actions.ts';
import { SignInForm } from './SignInForm.tsx';
import './session.css';

/**
 * Covers the app while the session is locked. The app stays mounted underneath (a half-filled
 * form survives), but out of reach: everything else on the page is inert, and keys pressed here
 * do not reach the app's shortcuts.
 */
export function LockScreen() {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const user = useSessionStore((state) => state.status?.user ?? null);
  // A layer of its own at the end of the body, so that everything else can be made inert.
  const [layer] = useState(() => document.createElement('div'));

  useLayoutEffect(() => {
    // Unlocked, the worker goes on where they were (or at the page), not from <body>.
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const others = [...document.body.children].filter((element) => !element.hasAttribute('inert'));
    for (const element of others) element.setAttribute('inert', '');
    document.body.append(layer);
    return () => {
      layer.remove();
      for (const element of others) element.removeAttribute('inert');
      const isStillThere = previous?.isConnected && previous !== document.body;
      (isStillThere ? previous : document.getElementById('main'))?.focus();
    };
  }, [layer]);

  return createPortal(
    <Box
      className="lock-screen"
      role="dialog"
      aria-modal="true"
      aria-labelledby="lock-title"
      onKeyDown={(event) => event.stopPropagation()}
    >
      <Box pos="absolute" top={16} right={16}>
        <LanguageSwitch />
      </Box>
      <Center mih="100vh" p="md">
        <Paper withBorder shadow="md" radius="md" p="xl" w="100%" maw={420}>
          <Stack gap="lg">
            <Stack gap={4} align="center">
              <IconLock size={40} aria-hidden />
              <Title order={1} id="lock-title" ta="center">
                {t('session.lock.title')}
              </Title>
              {user && (
                <Text c="dimmed" ta="center">
                  {user.name} · {roleLabels[user.role][language]}
                </Text>
              )}
            </Stack>
            <Text>{t('session.lock.intro')}</Text>
            <SignInForm
              lockedUserName={user?.name ?? ''}
              submitLabel={t('session.lock.unlock')}
              failedTitle={t('session.lock.failed')}
            />
            <Stack gap={4}>
              <Button
                variant="default"
                leftSection={<IconUserCircle size={18} aria-hidden />}
                onClick={() => void signOut(null)}
                aria-describedby="lock-switch-hint"
              >
                {t('session.lock.switchUser')}
              </Button>
              <Text size="xs" c="dimmed" id="lock-switch-hint">
                {t('session.lock.switchUserHint')}
              </Text>
            </Stack>
          </Stack>
        </Paper>
      </Center>
    </Box>,
    layer,
  );
}
