import {
  Alert,
  Button,
  Checkbox,
  Group,
  Loader,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { IconArchive, IconCircleCheck, IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { partnerKindLabel, type Partner } from '../../../db/contract/index.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useApiQuery } from '../../data/use-api-query.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { useCan } from '../session/use-permissions.ts';
import { PartnerDialog } from './PartnerDialog.tsx';

/**
 * "Partneři": the register of partner organisations (the regional platform of the 2010 press
 * release). Coordinators and administrators keep it; everyone at the desk reads it, since an
 * act may refer the client to one of them.
 */
export function PartnersPage() {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const can = useCan();
  const [includeArchived, setIncludeArchived] = useState(false);
  const [editing, setEditing] = useState<Partner | 'new' | null>(null);
  const partners = useApiQuery('partners.list', { includeArchived });
  const mayEdit = can('partners.update');

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('partners.title')}
        intro={t('partners.intro')}
        action={
          can('partners.create') && (
            <Button
              leftSection={<IconPlus size={18} aria-hidden />}
              onClick={() => setEditing('new')}
            >
              {t('partners.add')}
            </Button>
          )
        }
      />
      <Checkbox
        label={t('partners.showArchived')}
        checked={includeArchived}
        onChange={(event) => setIncludeArchived(event.currentTarget.checked)}
      />
      {partners.status === 'loading' && <Loader size="sm" aria-label={t('app.loading')} />}
      {partners.status === 'error' && (
        <Alert role="alert" color="red" title={t('partners.loadFailed')}>
          {partners.error.message}
        </Alert>
      )}
      {partners.status === 'ready' && partners.value.length === 0 && (
        <Text c="dimmed">{t('partners.empty')}</Text>
      )}
      {partners.status === 'ready' && partners.value.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table striped highlightOnHover aria-label={t('partners.tableLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('partners.columns.name')}</Table.Th>
                <Table.Th scope="col">{t('partners.columns.kind')}</Table.Th>
                <Table.Th scope="col">{t('partners.columns.town')}</Table.Th>
                <Table.Th scope="col">{t('partners.columns.contact')}</Table.Th>
                <Table.Th scope="col">{t('partners.columns.state')}</Table.Th>
                {mayEdit && (
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('partners.columns.actions')}</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {partners.value.map((partner) => (
                <Table.Tr key={partner.id}>
                  <Table.Th scope="row" fw={500}>
                    {partner.name}
                  </Table.Th>
                  <Table.Td>{partnerKindLabel(partner.kind, language)}</Table.Td>
                  <Table.Td>{partner.town}</Table.Td>
                  <Table.Td>{partner.contact}</Table.Td>
                  <Table.Td>
                    {/* Words and an icon, not a colour alone. */}
                    <Group gap={4} wrap="nowrap">
                      {partner.isArchived ? (
                        <IconArchive size={16} aria-hidden />
                      ) : (
                        <IconCircleCheck size={16} aria-hidden />
                      )}
                      <Text size="sm">
                        {partner.isArchived ? t('partners.archived') : t('partners.active')}
                      </Text>
                    </Group>
                  </Table.Td>
                  {mayEdit && (
                    <Table.Td>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        leftSection={<IconPencil size={16} aria-hidden />}
                        aria-label={`${t('partners.edit')} ${partner.name}`}
                        onClick={() => setEditing(partner)}
                      >
                        {t('partners.edit')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <PartnerDialog
        partner={editing === 'new' ? null : editing}
        opened={editing !== null}
        onClose={() => setEditing(null)}
        onSaved={partners.reload}
      />
    </Stack>
  );
}
