import { Button, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BackupEntry } from '../../../db/contract/index.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { countsOf, formatBytes, formatTakenAt } from './backup-format.ts';

/**
 * The backups in the folder, newest first: when and why each was taken, what it holds, and
 * "Obnovit…" — or why this site cannot be restored from it (another site's, another key).
 */
export function BackupTable({
  backups,
  onRestore,
}: {
  backups: BackupEntry[];
  onRestore: (entry: BackupEntry) => void;
}) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped aria-labelledby="backups-restore-heading">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('backups.restore.takenAt')}</Table.Th>
            <Table.Th>{t('backups.restore.counts')}</Table.Th>
            <Table.Th>{t('backups.restore.size')}</Table.Th>
            <Table.Th>{t('backups.restore.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {backups.map((entry) => {
            const date = formatTakenAt(entry.takenAt, language);
            return (
              <Table.Tr key={entry.file}>
                <Table.Td>
                  <Stack gap={0}>
                    <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                      {date}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t(`backups.reasons.${entry.reason ?? 'unknown'}`)}
                      {entry.site && entry.problem ? ` · ${entry.site.name}` : ''}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  {entry.counts && (
                    <Text size="sm">{t('backups.restore.countsValue', countsOf(entry))}</Text>
                  )}
                  {entry.problem && (
                    <Text size="xs" c="red.8">
                      {entry.problem.message}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {formatBytes(entry.bytes, language)}
                </Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="default"
                    disabled={entry.problem !== null}
                    aria-label={t('backups.restore.buttonLabel', { date })}
                    onClick={() => onRestore(entry)}
                  >
                    {t('backups.restore.button')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
