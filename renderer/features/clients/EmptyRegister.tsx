import { Button, EmptyState, Group } from '@mantine/core';
import { IconFileImport, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** A register with nobody in it yet: what to do first, instead of an empty table. */
export function EmptyRegister({ canImport }: { canImport: boolean }) {
  const { t } = useTranslation();
  return (
    <EmptyState
      variant="light"
      size="lg"
      maw={640}
      mx="auto"
      mt="xl"
      icon={<IconUsers size={40} stroke={1.5} aria-hidden />}
    >
      <EmptyState.Title order={2}>{t('clients.list.emptyTitle')}</EmptyState.Title>
      <EmptyState.Description>{t('clients.list.emptyText')}</EmptyState.Description>
      <Group justify="center" mt="md">
        <Button
          component={Link}
          to="/clients/new"
          // Where the search box would have the focus: the first step, one Enter away.
          autoFocus
          leftSection={<IconUserPlus size={18} aria-hidden />}
        >
          {t('clients.new')}
        </Button>
        {canImport && (
          <Button
            component={Link}
            to="/import"
            variant="default"
            leftSection={<IconFileImport size={18} aria-hidden />}
          >
            {t('clients.list.emptyImport')}
          </Button>
        )}
      </Group>
    </EmptyState>
  );
}
