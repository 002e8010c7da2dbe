import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { importColumns, type ImportTableInspection } from '../../../db/contract/index.ts';
import { useColumnLabel } from './column-labels.ts';
import { mappedPreview } from './import-mapping.ts';

/** The first rows of a file as they will be read: the mapped columns only, under their labels. */
export function MappedPreviewTable({ table }: { table: ImportTableInspection }) {
  const { t } = useTranslation();
  const columnLabel = useColumnLabel();
  const preview = mappedPreview(table, importColumns[table.table]);
  if (preview.rows.length === 0) {
    return <Text c="dimmed">{t('legacyImport.map.previewEmpty')}</Text>;
  }
  return (
    <div className="import-preview">
      <Table
        withTableBorder
        withColumnBorders
        verticalSpacing={4}
        fz="sm"
        aria-label={t('legacyImport.map.previewLabel', {
          table: t(`legacyImport.tables.${table.table}`),
        })}
      >
        <Table.Thead>
          <Table.Tr>
            {preview.columns.map((column) => (
              <Table.Th key={column}>{columnLabel(table.table, column)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.rows.map((row, rowIndex) => (
            <Table.Tr key={rowIndex}>
              {row.map((cell, cellIndex) => (
                <Table.Td key={cellIndex}>{cell}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
