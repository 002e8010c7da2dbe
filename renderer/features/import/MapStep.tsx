import { Alert, Button, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconListCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useColumnLabel } from './column-labels.ts';
import { missingRequired } from './import-mapping.ts';
import { TableMappingCard } from './TableMappingCard.tsx';
import type { Inspection } from './use-inspection.ts';

export interface MapStepProps {
  inspection: Inspection;
  onBack: () => void;
  onNext: () => void;
}

/** Step 2: each recognised table with its column mapping and preview; files not used. */
export function MapStep({ inspection, onBack, onNext }: MapStepProps) {
  const { t } = useTranslation();
  const columnLabel = useColumnLabel();
  const result = inspection.inspection;
  if (!result) return <Loader aria-label={t('legacyImport.map.loading')} />;

  const missing = missingRequired(result);
  const hasTables = result.tables.length > 0;
  const canCheck = hasTables && missing.length === 0 && !inspection.isLoading;

  return (
    <Stack gap="lg">
      {!hasTables && (
        <Alert color="yellow" icon={<IconAlertTriangle aria-hidden />}>
          {t('legacyImport.map.noTables')}
        </Alert>
      )}
      {result.tables.map((table) => (
        <TableMappingCard
          key={`${table.table}:${table.file}:${table.sheet ?? ''}`}
          table={table}
          mapping={{ ...table.mapping, ...inspection.request?.mapping?.[table.table] }}
          onChange={(column, header) => inspection.remap(table.table, column, header)}
        />
      ))}
      {result.ignored.length > 0 && (
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('legacyImport.map.ignoredTitle')}
          </Title>
          <List spacing={4}>
            {result.ignored.map((entry) => (
              <List.Item key={entry.file}>
                <Text span fw={500}>
                  {entry.file}
                </Text>
                <Text span c="dimmed">
                  {' – '}
                  {entry.reason}
                </Text>
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
      {inspection.error && (
        <Alert
          role="alert"
          color="red"
          title={t('legacyImport.map.failed')}
          icon={<IconAlertTriangle aria-hidden />}
        >
          {inspection.error}
        </Alert>
      )}
      {missing.length > 0 && (
        <Alert
          role="alert"
          color="red"
          title={t('legacyImport.map.missingTitle')}
          icon={<IconAlertTriangle aria-hidden />}
        >
          {missing.map((entry) => (
            <Text size="sm" key={entry.table}>
              {t('legacyImport.map.missingIn', {
                table: t(`legacyImport.tables.${entry.table}`),
                columns: entry.columns.map((column) => columnLabel(entry.table, column)).join(', '),
              })}
            </Text>
          ))}
        </Alert>
      )}
      <Group>
        <Button
          variant="default"
          leftSection={<IconArrowLeft size={18} aria-hidden />}
          onClick={onBack}
        >
          {t('legacyImport.map.back')}
        </Button>
        <Button
          leftSection={<IconListCheck size={18} aria-hidden />}
          disabled={!canCheck}
          onClick={onNext}
        >
          {t('legacyImport.map.next')}
        </Button>
        {inspection.isLoading && (
          <Group gap="xs">
            <Loader size="xs" />
            <Text size="sm" c="dimmed">
              {t('legacyImport.map.updating')}
            </Text>
          </Group>
        )}
      </Group>
    </Stack>
  );
}
