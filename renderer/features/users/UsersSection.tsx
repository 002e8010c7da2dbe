import {
  Alert,
  Button,
  Card,
  Group,
  Loader,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconInfoCircle,
  IconKey,
  IconUserOff,
  IconUserPlus,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roleLabels, type UserSummary } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { useApiQuery } from '../../data/use-api-query.ts';
import { useSessionStore } from '../../state/session-store.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { useActingUser, useCan } from '../session/use-permissions.ts';
import { AddUserDialog } from './AddUserDialog.tsx';
import { SetPasswordDialog } from './SetPasswordDialog.tsx';

/**
 * Nastavení → Uživatelé (administrators): who works with Přístav, in which role, and whether
 * they can sign in. While nobody has a password, the administrator sets their own first: a
 * password for anyone else would start sign-in with nobody able to manage users.
 */
export function UsersSection() {
  const can = useCan();
  if (!can('users.list')) return null;
  return <UsersCard />;
}

function UsersCard() {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const me = useActingUser();
  const isSignInRequired = useSessionStore((state) => state.status?.isSignInRequired ?? false);
  const users = useApiQuery('users.list', {});
  const [isAdding, setAdding] = useState(false);
  const [settingFor, setSettingFor] = useState<UserSummary | null>(null);
  const [disabling, setDisabling] = useState<UserSummary | null>(null);

  const disable = async (user: UserSummary) => {
    const result = await call('users.disable', { userName: user.name });
    if (!result.ok) {
      notifications.show({
        color: 'red',
        title: t('users.disableFailed'),
        message: result.error.message,
      });
      return;
    }
    notifications.show({ color: 'teal', message: t('users.disableDone', { name: user.name }) });
    setDisabling(null);
    users.reload();
  };

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="users-title">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} size="h4" id="users-title">
              {t('users.title')}
            </Title>
            <Text size="sm">{t('users.intro')}</Text>
          </div>
          <Button
            leftSection={<IconUserPlus size={18} aria-hidden />}
            onClick={() => setAdding(true)}
            disabled={!isSignInRequired}
            title={isSignInRequired ? undefined : t('users.addNeedsOwnPassword')}
          >
            {t('users.add')}
          </Button>
        </Group>
        {!isSignInRequired && (
          <Alert color="blue" icon={<IconInfoCircle aria-hidden />}>
            {t('users.noPasswordsYet')}
          </Alert>
        )}
        {users.status === 'loading' && <Loader size="sm" aria-label={t('app.loading')} />}
        {users.status === 'error' && (
          <Alert
            role="alert"
            color="red"
            title={t('users.loadFailed')}
            icon={<IconAlertTriangle aria-hidden />}
          >
            {users.error.message}
          </Alert>
        )}
        {users.status === 'ready' && (
          <Table.ScrollContainer minWidth={520}>
            <Table verticalSpacing="xs" aria-labelledby="users-title">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('users.nameAndRole')}</Table.Th>
                  <Table.Th scope="col">{t('users.site')}</Table.Th>
                  <Table.Th scope="col">{t('users.password')}</Table.Th>
                  <Table.Th scope="col">{t('users.state')}</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('users.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {users.value.map((user) => {
                  const isMe = user.id === me?.id;
                  // Before anyone has a password, only one's own may be set (see above).
                  const maySetPassword = !user.isDisabled && (isSignInRequired || isMe);
                  return (
                    <Table.Tr key={user.id}>
                      {/* The role under the name: the card is too narrow for a column of its own. */}
                      <Table.Th scope="row">
                        <Text size="sm" fw={600}>
                          {user.name}
                          {isMe && (
                            <Text span size="sm" c="dimmed" fw={400}>
                              {' '}
                              ({t('users.you')})
                            </Text>
                          )}
                        </Text>
                        <Text size="sm" c="dimmed">
                          {roleLabels[user.role][language]}
                        </Text>
                      </Table.Th>
                      <Table.Td>{user.siteName}</Table.Td>
                      <Table.Td>
                        {user.hasPassword ? t('users.hasPassword') : t('users.noPassword')}
                      </Table.Td>
                      <Table.Td>
                        {/* Words and an icon, not colour alone. */}
                        <Group gap={4} wrap="nowrap">
                          {user.isDisabled ? (
                            <IconUserOff size={16} aria-hidden />
                          ) : (
                            <IconCircleCheck
                              size={16}
                              aria-hidden
                              color="var(--mantine-color-teal-8)"
                            />
                          )}
                          <Text size="sm">
                            {user.isDisabled ? t('users.disabled') : t('users.active')}
                          </Text>
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <Stack gap={4} align="flex-end">
                          {maySetPassword && (
                            <Button
                              size="compact-sm"
                              variant="subtle"
                              leftSection={<IconKey size={16} aria-hidden />}
                              aria-label={t('users.setPasswordFor', { name: user.name })}
                              onClick={() => setSettingFor(user)}
                            >
                              {t('users.setPassword')}
                            </Button>
                          )}
                          {!user.isDisabled && !isMe && (
                            <Button
                              size="compact-sm"
                              variant="subtle"
                              color="red"
                              leftSection={<IconUserOff size={16} aria-hidden />}
                              aria-label={t('users.disableFor', { name: user.name })}
                              onClick={() => setDisabling(user)}
                            >
                              {t('users.disable')}
                            </Button>
                          )}
                        </Stack>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      <AddUserDialog opened={isAdding} onClose={() => setAdding(false)} onAdded={users.reload} />
      <SetPasswordDialog
        user={settingFor}
        isOwn={settingFor !== null && settingFor.id === me?.id}
        isFirstPassword={!isSignInRequired}
        onClose={() => setSettingFor(null)}
        onSet={users.reload}
      />
      <ConfirmDialog
        opened={disabling !== null}
        title={disabling ? t('users.disableTitle', { name: disabling.name }) : ''}
        text={t('users.disableText')}
        confirmLabel={t('users.disable')}
        onConfirm={() => (disabling ? disable(disabling) : Promise.resolve())}
        onClose={() => setDisabling(null)}
      />
    </Card>
  );
}
