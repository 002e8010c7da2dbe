import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DayOverview } from '../../../db/contract/index.ts';

interface DayActsListProps {
  acts: DayOverview['acts'];
  label: (code: string) => string;
  tableLabel: string;
  emptyText: string;
}

/** Who received what on one day, the latest first; each name opens the client. */
export function DayActsList({ acts, label, tableLabel, emptyText }: DayActsListProps) {
  const { t } = useTranslation();
  if (acts.length === 0) return <Text c="dimmed">{emptyText}</Text>;
  return (
    <Table.ScrollContainer minWidth={300}>
      <Table aria-label={tableLabel} striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('services.day.person')}</Table.Th>
            <Table.Th scope="col">{t('services.day.service')}</Table.Th>
            <Table.Th scope="col">{t('services.day.town')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {acts.map((act) => (
            <Table.Tr key={act.id}>
              <Table.Td>
                <Anchor component={Link} to={`/clients/${act.clientId}`} fw={500}>
                  {act.clientName}
                </Anchor>
              </Table.Td>
              <Table.Td>{label(act.type)}</Table.Td>
              <Table.Td>{act.town}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
