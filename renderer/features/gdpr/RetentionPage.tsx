import { Alert, Anchor, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconArrowLeft, IconUserOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InactiveClients } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { useApiQuery } from '../../data/use-api-query.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { countryLabel, formatDate } from '../clients/client-format.ts';

/** Rows shown at once; the rest are counted and anonymised with them. */
const shownRows = 500;

/**
 * The retention rule (Settings → Klienti k anonymizaci): who had no contact with the centre
 * for the set years, and one button that anonymises them all, after a question.
 */
export function RetentionPage() {
  const { t } = useTranslation();
  const list = useApiQuery('clients.inactive', {});
  return (
    <Stack gap="lg" maw={900}>
      <Anchor component={Link} to="/settings" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {t('gdpr.retention.back')}
        </Group>
      </Anchor>
      <Title order={1}>{t('gdpr.retention.title')}</Title>
      {list.status === 'loading' && <Loader aria-label={t('app.loading')} />}
      {list.status === 'error' && (
        <Alert role="alert" color="red" title={t('gdpr.retention.loadFailed')}>
          {list.error.message}
        </Alert>
      )}
      {list.status === 'ready' && <RetentionList list={list.value} reload={list.reload} />}
    </Stack>
  );
}

function RetentionList({ list, reload }: { list: InactiveClients; reload: () => void }) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const [isAsking, setIsAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const count = list.clients.length;

  const anonymise = async () => {
    setError(null);
    const result = await call('clients.anonymise', {
      ids: list.clients.map((client) => client.id),
      years: list.years,
    });
    setIsAsking(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    notifications.show({
      color: 'teal',
      message: t('gdpr.retention.done', { count: result.value.clients.length }),
    });
    reload();
  };

  return (
    <Stack gap="md">
      <Text>
        {t('gdpr.retention.intro', {
          years: list.years,
          cutoff: formatDate(list.cutoff, language),
        })}
      </Text>
      {error && (
        <Alert
          role="alert"
          color="red"
          title={t('gdpr.retention.failed')}
          icon={<IconAlertTriangle aria-hidden />}
        >
          {error}
        </Alert>
      )}
      {count === 0 ? (
        <Text c="dimmed">{t('gdpr.retention.empty')}</Text>
      ) : (
        <>
          <Group>
            <Button
              color="red"
              leftSection={<IconUserOff size={18} aria-hidden />}
              onClick={() => setIsAsking(true)}
            >
              {t('gdpr.retention.anonymise', { count })}
            </Button>
          </Group>
          <Table striped aria-label={t('gdpr.retention.tableLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('gdpr.retention.name')}</Table.Th>
                <Table.Th>{t('gdpr.retention.nationality')}</Table.Th>
                <Table.Th>{t('gdpr.retention.birthYear')}</Table.Th>
                <Table.Th>{t('gdpr.retention.lastActivity')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.clients.slice(0, shownRows).map((client) => (
                <Table.Tr key={client.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/clients/${client.id}`}>
                      {client.displayName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{countryLabel(client.nationality, language)}</Table.Td>
                  <Table.Td>{client.birthYear ?? ''}</Table.Td>
                  <Table.Td>{formatDate(client.lastActivity, language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {count > shownRows && (
            <Text c="dimmed">{t('gdpr.retention.more', { count: count - shownRows })}</Text>
          )}
        </>
      )}
      <ConfirmDialog
        opened={isAsking}
        title={t('gdpr.retention.confirmTitle')}
        text={t('gdpr.retention.confirmText', { count })}
        confirmLabel={t('gdpr.retention.anonymise', { count })}
        onConfirm={anonymise}
        onClose={() => setIsAsking(false)}
      />
    </Stack>
  );
}
