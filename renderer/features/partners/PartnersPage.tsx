import { Checkbox, Group, Stack, Table, Text } from '@mantine/core';
import { IconArchive, IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { partnerKindLabel, type Partner } from '../../../db/contract/index.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { AddEntryButton, EditEntryCell } from '../../components/RegisterButtons.tsx';
import { RegisterTable } from '../../components/RegisterTable.tsx';
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
            <AddEntryButton label={t('partners.add')} onClick={() => setEditing('new')} />
          )
        }
      />
      <Checkbox
        label={t('partners.showArchived')}
        checked={includeArchived}
        onChange={(event) => setIncludeArchived(event.currentTarget.checked)}
      />
      <RegisterTable
        rows={partners}
        texts={{
          loadFailed: t('partners.loadFailed'),
          empty: t('partners.empty'),
          tableLabel: t('partners.tableLabel'),
        }}
        minWidth={720}
        columns={
          <>
            <Table.Th scope="col">{t('partners.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('partners.columns.kind')}</Table.Th>
            <Table.Th scope="col">{t('partners.columns.town')}</Table.Th>
            <Table.Th scope="col">{t('partners.columns.contact')}</Table.Th>
            <Table.Th scope="col">{t('partners.columns.state')}</Table.Th>
          </>
        }
        actionsLabel={mayEdit ? t('partners.columns.actions') : undefined}
        renderRow={(partner: Partner) => (
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
              <EditEntryCell
                label={t('partners.edit')}
                entryName={partner.name}
                onClick={() => setEditing(partner)}
              />
            )}
          </Table.Tr>
        )}
      />
      <PartnerDialog
        partner={editing === 'new' ? null : editing}
        opened={editing !== null}
        onClose={() => setEditing(null)}
        onSaved={partners.reload}
      />
    </Stack>
  );
}
