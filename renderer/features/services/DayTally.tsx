import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DayOverview } from '../../../db/contract/index.ts';
import { tallyRows, tallyTotals } from './day-tally-rows.ts';

interface DayTallyProps {
  overview: DayOverview;
  label: (code: string) => string;
  /** Services listed even when nobody used them that day. */
  alwaysShown?: readonly string[];
  tableLabel: string;
}

/** How many of each service a day brought: registered clients, walk-ins and both together. */
export function DayTally({ overview, label, alwaysShown, tableLabel }: DayTallyProps) {
  const { t } = useTranslation();
  const rows = tallyRows(overview, alwaysShown);
  const totals = tallyTotals(rows);
  return (
    <Table aria-label={tableLabel} withTableBorder striped verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('services.day.service')}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('services.day.clients')}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t('services.day.anonymous')}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t('services.day.total')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.type}>
            <Table.Th scope="row" fw={500}>
              {label(row.type)}
            </Table.Th>
            <Table.Td ta="right">{row.acts}</Table.Td>
            <Table.Td ta="right">{row.anonymous}</Table.Td>
            <Table.Td ta="right" fw={700}>
              {row.acts + row.anonymous}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th scope="row">{t('services.day.sum')}</Table.Th>
          <Table.Td ta="right" fw={700}>
            {totals.acts}
          </Table.Td>
          <Table.Td ta="right" fw={700}>
            {totals.anonymous}
          </Table.Td>
          <Table.Td ta="right" fw={700}>
            {totals.acts + totals.anonymous}
          </Table.Td>
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}
