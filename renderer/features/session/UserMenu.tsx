import { Button, Menu, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconChevronDown,
  IconKey,
  IconLock,
  IconLogout,
  IconUserCircle,
  IconUsers,
} from '@tabler/icons-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { roleLabels } from '../../../db/contract/index.ts';
import { useSessionStore } from '../../state/session-store.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { ChangePasswordDialog } from './ChangePasswordDialog.tsx';
import { lockSession, signOut } from './session-actions.ts';

/** The signed-in user's name and role in the header, and what they can do with their session. */
export function UserMenu() {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const user = useSessionStore((state) => state.status?.user ?? null);
  const [isChangingPassword, passwordDialog] = useDisclosure(false);
  // The dialog opens from a menu item that is gone once the menu closes: closing the dialog
  // puts the focus back on the menu's button, not on <body>.
  const menuButtonRef = useRef<HTMLButtonElement>(null);
  const closePasswordDialog = () => {
    passwordDialog.close();
    menuButtonRef.current?.focus();
  };
  if (!user) return null;
  const role = roleLabels[user.role][language];
  return (
    <>
      <Menu position="bottom-end" shadow="md" width={220}>
        <Menu.Target>
          <Button
            ref={menuButtonRef}
            variant="subtle"
            color="dark"
            leftSection={<IconUserCircle size={20} aria-hidden />}
            rightSection={<IconChevronDown size={16} aria-hidden />}
            styles={{ label: { flexDirection: 'column', alignItems: 'flex-start' } }}
            h={44}
          >
            {/* Named by what it shows (WCAG 2.5.3), with "User:" for screen readers in front. */}
            <Text size="sm" fw={600} lh={1.2} truncate maw={180}>
              <VisuallyHidden component="span">{t('session.menu.label')} </VisuallyHidden>
              {user.name}
            </Text>
            <Text size="xs" c="dimmed" lh={1.2}>
              {role}
            </Text>
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            leftSection={<IconLock size={16} aria-hidden />}
            onClick={() => void lockSession()}
          >
            {t('session.menu.lock')}
          </Menu.Item>
          <Menu.Item
            leftSection={<IconUsers size={16} aria-hidden />}
            onClick={() => void signOut(null)}
          >
            {t('session.menu.switchUser')}
          </Menu.Item>
          <Menu.Item leftSection={<IconKey size={16} aria-hidden />} onClick={passwordDialog.open}>
            {t('session.menu.changePassword')}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item
            leftSection={<IconLogout size={16} aria-hidden />}
            onClick={() => void signOut('signedOut')}
          >
            {t('session.menu.signOut')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ChangePasswordDialog opened={isChangingPassword} onClose={closePasswordDialog} />
    </>
  );
}
