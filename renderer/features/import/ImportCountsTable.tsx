import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportCounts } from '../../../db/contract/index.ts';

const order: readonly (keyof ImportCounts)[] = [
  'clients',
  'services',
  'courses',
  'lessons',
  'attendance',
  'tallies',
  'unchanged',
];

/** What an import wrote (or, after a dry run, would write); rows with nothing are left out. */
export function ImportCountsTable({ counts }: { counts: ImportCounts }) {
  const { t, i18n } = useTranslation();
  const rows = order.filter((key) => counts[key] > 0);
  return (
    <Table maw={420} withTableBorder aria-label={t('legacyImport.counts.label')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('legacyImport.counts.what')}</Table.Th>
          <Table.Th ta="right">{t('legacyImport.counts.count')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((key) => (
          <Table.Tr key={key}>
            <Table.Td>{t(`legacyImport.counts.${key}`)}</Table.Td>
            <Table.Td ta="right">{counts[key].toLocaleString(i18n.language)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** True when the files hold nothing that is not in the register already. */
export function isNothingNew(counts: ImportCounts): boolean {
  return order.every((key) => key === 'unchanged' || counts[key] === 0);
}
