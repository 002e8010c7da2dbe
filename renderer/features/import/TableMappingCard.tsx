import { Alert, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ImportColumnMapping, ImportTableInspection } from '../../../db/contract/index.ts';
import { ColumnMappingTable } from './ColumnMappingTable.tsx';
import { useColumnLabel } from './column-labels.ts';
import { MappedPreviewTable } from './MappedPreviewTable.tsx';

export interface TableMappingCardProps {
  table: ImportTableInspection;
  mapping: ImportColumnMapping;
  onChange: (column: string, header: string | null) => void;
}

/** One recognised table: where it came from and how it was read, its mapping and its preview. */
export function TableMappingCard({ table, mapping, onChange }: TableMappingCardProps) {
  const { t } = useTranslation();
  const columnLabel = useColumnLabel();
  const tableName = t(`legacyImport.tables.${table.table}`);
  const headingId = `import-table-${table.table}`;
  const source = table.sheet
    ? `${table.file} – ${t('legacyImport.map.sheet', { sheet: table.sheet })}`
    : table.file;

  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="baseline">
          <Title order={2} size="h3" id={headingId}>
            {tableName}
          </Title>
          <Text size="sm" c="dimmed">
            {[
              source,
              `${t('legacyImport.map.encoding')}: ${t(`legacyImport.encodings.${table.encoding}`)}`,
              table.delimiter &&
                `${t('legacyImport.map.delimiter')}: ${t(`legacyImport.delimiters.${table.delimiter}`)}`,
              t('legacyImport.map.rows', { count: table.rows }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </Group>
        {table.missing.length > 0 && (
          <Alert color="red" icon={<IconAlertTriangle aria-hidden />} py="xs">
            {t('legacyImport.map.missing', {
              columns: table.missing.map((column) => columnLabel(table.table, column)).join(', '),
            })}
          </Alert>
        )}
        <ColumnMappingTable table={table} mapping={mapping} onChange={onChange} />
        <Title order={3} size="h5">
          {t('legacyImport.map.previewTitle')}
        </Title>
        <MappedPreviewTable table={table} />
      </Stack>
    </Card>
  );
}
