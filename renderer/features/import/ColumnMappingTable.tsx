import { Badge, Group, NativeSelect, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  importColumns,
  type ImportColumnMapping,
  type ImportTableInspection,
} from '../../../db/contract/index.ts';
import { useColumnLabel } from './column-labels.ts';

// A header can be any text, even an empty one; the "not imported" choice needs its own value.
const notImported = '\u0000';

export interface ColumnMappingTableProps {
  table: ImportTableInspection;
  /** The mapping as the user set it (it may be ahead of the last inspection). */
  mapping: ImportColumnMapping;
  onChange: (column: string, header: string | null) => void;
}

/** One row per canonical column: its label, whether it is required, and the file's header for it. */
export function ColumnMappingTable({ table, mapping, onChange }: ColumnMappingTableProps) {
  const { t } = useTranslation();
  const columnLabel = useColumnLabel();
  const tableName = t(`legacyImport.tables.${table.table}`);
  const firstRow = table.preview[0] ?? [];
  const options = [
    { value: notImported, label: t('legacyImport.map.notImported') },
    ...[...new Set(table.headers)].map((header) => ({ value: header, label: header })),
  ];

  return (
    <Table
      striped
      verticalSpacing={4}
      aria-label={t('legacyImport.map.mappingLabel', { table: tableName })}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('legacyImport.map.field')}</Table.Th>
          <Table.Th>{t('legacyImport.map.header')}</Table.Th>
          <Table.Th>{t('legacyImport.map.sample')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {importColumns[table.table].map((column) => {
          const label = columnLabel(table.table, column);
          const header = mapping[column] ?? null;
          const isRequired = table.required.includes(column);
          const isMissing = isRequired && header === null;
          const index = header === null ? -1 : table.headers.indexOf(header);
          return (
            <Table.Tr key={column}>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Text size="sm" fw={500}>
                    {label}
                  </Text>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {column}
                  </Text>
                  {isRequired && (
                    <Badge size="xs" variant="light" color={isMissing ? 'red' : 'gray'}>
                      {t('legacyImport.map.required')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td miw={200}>
                <NativeSelect
                  size="xs"
                  aria-label={t('legacyImport.map.selectLabel', { column: label })}
                  data={options}
                  value={header ?? notImported}
                  error={isMissing}
                  onChange={(event) => {
                    const value = event.currentTarget.value;
                    onChange(column, value === notImported ? null : value);
                  }}
                />
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed" lineClamp={1}>
                  {index >= 0 ? (firstRow[index] ?? '') : ''}
                </Text>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
