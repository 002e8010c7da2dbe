import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ChangedAct } from '../../../../db/contract/index.ts';
import { useUiStore } from '../../../state/ui-store.ts';
import { countryLabel, formatDate } from '../../clients/client-format.ts';

const changeColours = { added: 'teal', removed: 'red', changed: 'orange' } as const;

interface ChangedActsTableProps {
  acts: ChangedAct[];
  total: number;
  serviceLabel: (code: string) => string;
}

/** The acts that count differently now: what they were when submitted, and what they are now. */
export function ChangedActsTable({ acts, total, serviceLabel }: ChangedActsTableProps) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const describe = (side: ChangedAct['now']) =>
    side === null
      ? '—'
      : [
          formatDate(side.date, language),
          serviceLabel(side.type),
          side.town,
          countryLabel(side.nationality, language),
        ].join(' · ');
  return (
    <>
      <Table striped withTableBorder aria-label={t('reportSubmission.actsLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('reportSubmission.change')}</Table.Th>
            <Table.Th>{t('reportSubmission.client')}</Table.Th>
            <Table.Th>{t('reportSubmission.submittedValue')}</Table.Th>
            <Table.Th>{t('reportSubmission.currentValue')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {acts.map((act) => (
            <Table.Tr key={`${act.source}:${act.sourceId}`}>
              <Table.Td>
                <Badge color={changeColours[act.change]} variant="light">
                  {t(`reportSubmission.changes.${act.change}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/clients/${act.clientId}`}>
                  {act.clientName}
                </Anchor>
              </Table.Td>
              <Table.Td>{describe(act.before)}</Table.Td>
              <Table.Td>{describe(act.now)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {total > acts.length && (
        <Text size="sm" c="dimmed">
          {t('reportSubmission.actsShown', { shown: acts.length, total })}
        </Text>
      )}
    </>
  );
}
