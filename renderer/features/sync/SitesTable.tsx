import { Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconBan, IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncSiteStatus, SyncStatus } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { useUiStore } from '../../state/ui-store.ts';
import { formatTimestamp } from '../clients/client-format.ts';

/**
 * Each site of the organisation: last file received and sent, operations waiting for it, and
 * whether it is silent too long or revoked. HQ may revoke a branch's access here.
 */
export function SitesTable({ status, onChanged }: { status: SyncStatus; onChanged: () => void }) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const [revoking, setRevoking] = useState<SyncSiteStatus | null>(null);
  const canRevoke = status.site.isHq;
  const when = (iso: string | null) =>
    iso ? (
      formatTimestamp(iso, language)
    ) : (
      <Text span c="dimmed" size="sm">
        {t('sync.sites.never')}
      </Text>
    );

  const revoke = async (site: SyncSiteStatus) => {
    const result = await call('sync.revoke', { siteId: site.id });
    setRevoking(null);
    if (!result.ok) {
      notifications.show({
        color: 'red',
        title: t('sync.sites.revokeFailed'),
        message: result.error.message,
      });
      return;
    }
    notifications.show({
      color: 'teal',
      icon: <IconCheck size={18} aria-hidden />,
      message: t('sync.sites.revokeDone', { name: site.name }),
    });
    onChanged();
  };

  return (
    <>
      <Table.ScrollContainer minWidth={940}>
        <Table striped aria-labelledby="sync-sites-heading">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('sync.sites.name')}</Table.Th>
              <Table.Th>{t('sync.sites.town')}</Table.Th>
              <Table.Th>{t('sync.sites.type')}</Table.Th>
              <Table.Th>{t('sync.sites.lastReceived')}</Table.Th>
              <Table.Th>{t('sync.sites.lastSent')}</Table.Th>
              <Table.Th ta="right">{t('sync.sites.pending')}</Table.Th>
              <Table.Th>{t('sync.sites.state')}</Table.Th>
              {canRevoke && (
                <Table.Th>
                  <VisuallyHidden>{t('sync.sites.actions')}</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {status.sites.map((site) => (
              <Table.Tr key={site.id}>
                <Table.Th scope="row" fw={500}>
                  <Stack gap={0}>
                    <span>{site.name}</span>
                    {site.isThisSite && (
                      <Text span size="xs" c="dimmed">
                        {t('sync.sites.thisSite')}
                      </Text>
                    )}
                  </Stack>
                </Table.Th>
                <Table.Td>{site.town}</Table.Td>
                <Table.Td>{site.isHq ? t('sync.hq') : t('sync.branch')}</Table.Td>
                <Table.Td className="sync-nowrap">
                  {site.isThisSite ? '—' : when(site.lastReceived)}
                </Table.Td>
                <Table.Td className="sync-nowrap">
                  {site.isThisSite ? '—' : when(site.lastSent)}
                </Table.Td>
                <Table.Td ta="right">{site.isThisSite ? '—' : site.pending}</Table.Td>
                <Table.Td className="sync-nowrap">
                  <SiteState site={site} />
                </Table.Td>
                {canRevoke && (
                  <Table.Td>
                    {!site.isThisSite && !site.isHq && !site.isRevoked && (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        leftSection={<IconBan size={16} aria-hidden />}
                        aria-label={t('sync.sites.revokeLabel', { name: site.name })}
                        onClick={() => setRevoking(site)}
                      >
                        {t('sync.sites.revoke')}
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmDialog
        opened={revoking !== null}
        title={t('sync.sites.revokeTitle', { name: revoking?.name ?? '' })}
        text={t('sync.sites.revokeText', { name: revoking?.name ?? '' })}
        confirmLabel={t('sync.sites.revoke')}
        onConfirm={() => (revoking ? revoke(revoking) : Promise.resolve())}
        onClose={() => setRevoking(null)}
      />
    </>
  );
}

/** Revoked, silent for 14 days, or fine – in words and an icon, never by colour alone. */
function SiteState({ site }: { site: SyncSiteStatus }) {
  const { t } = useTranslation();
  if (site.isRevoked) {
    return (
      <Group gap={6} wrap="nowrap">
        <IconBan size={18} aria-hidden />
        <Text span size="sm" fw={600}>
          {t('sync.sites.revoked')}
        </Text>
      </Group>
    );
  }
  if (site.isOverdue) {
    return (
      <Group gap={6} wrap="nowrap" c="orange.9">
        <IconAlertTriangle size={18} aria-hidden />
        <Text span size="sm" fw={600}>
          {t('sync.sites.overdue')}
        </Text>
      </Group>
    );
  }
  return (
    <Text span size="sm" c="dimmed">
      {t('sync.sites.ok')}
    </Text>
  );
}
