import { Anchor, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SyncFileResult } from '../../../db/contract/index.ts';
import { missingRangeText } from './sync-text.ts';

/** The last part of a path, whichever separator the computer uses. */
export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).at(-1) ?? path;
}

/**
 * What one file brought: from whom, per origin site what arrived, new and already held,
 * the review items it opened, and what is still missing.
 */
export function SyncFileResultView({
  file,
  onOpenReview,
}: {
  file: SyncFileResult;
  onOpenReview: () => void;
}) {
  const { t } = useTranslation();
  const name = fileNameOf(file.path);
  const arrived = file.arrived.filter((entry) => entry.operations > 0);
  return (
    <Stack gap="xs" component="section" aria-label={t('sync.result.file', { name })}>
      <div>
        <Title order={3} size="h5" style={{ overflowWrap: 'anywhere' }}>
          {t('sync.result.file', { name })}
        </Title>
        <Text size="sm">{t('sync.result.from', { name: file.fromName })}</Text>
      </div>
      {file.isAlreadyImported ? (
        <Text size="sm">{t('sync.result.alreadyImported')}</Text>
      ) : (
        <>
          <Text size="sm">
            {t('sync.result.counts', {
              operations: file.operations,
              new: file.new,
              alreadyHeld: file.alreadyHeld,
            })}
          </Text>
          {arrived.length === 0 ? (
            <Text size="sm">{t('sync.result.nothingNew')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={480}>
              <Table withTableBorder aria-label={t('sync.result.arrivedLabel', { name })}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('sync.result.origin')}</Table.Th>
                    <Table.Th ta="right">{t('sync.result.clients')}</Table.Th>
                    <Table.Th ta="right">{t('sync.result.acts')}</Table.Th>
                    <Table.Th ta="right">{t('sync.result.courses')}</Table.Th>
                    <Table.Th ta="right">{t('sync.result.loans')}</Table.Th>
                    <Table.Th ta="right">{t('sync.result.operations')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {arrived.map((entry) => (
                    <Table.Tr key={entry.site}>
                      <Table.Th scope="row" fw={500}>
                        {entry.siteName}
                      </Table.Th>
                      <Table.Td ta="right">{entry.clients}</Table.Td>
                      <Table.Td ta="right">{entry.acts}</Table.Td>
                      <Table.Td ta="right">{entry.courses}</Table.Td>
                      <Table.Td ta="right">{entry.loans}</Table.Td>
                      <Table.Td ta="right">{entry.operations}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {file.conflicts > 0 ? (
            <Group gap="sm">
              <Text size="sm" fw={600}>
                {t('sync.result.conflicts', { count: file.conflicts })}
              </Text>
              <Anchor component={Link} to="/review" size="sm" onClick={onOpenReview}>
                {t('sync.result.toReview')}
              </Anchor>
            </Group>
          ) : (
            <Text size="sm">{t('sync.result.noConflicts')}</Text>
          )}
        </>
      )}
      {file.missing.length > 0 && (
        <div>
          <Text size="sm" fw={600}>
            {t('sync.result.missingHeading')}
          </Text>
          <List size="sm">
            {file.missing.map((range) => (
              <List.Item key={`${range.site}-${range.from}`}>
                {missingRangeText(range, t)}
              </List.Item>
            ))}
          </List>
        </div>
      )}
    </Stack>
  );
}
