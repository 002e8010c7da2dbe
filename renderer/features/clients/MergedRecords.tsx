import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowsSplit } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientSummary } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { useUiStore } from '../../state/ui-store.ts';
import { countryLabel, formatDate } from './client-format.ts';
import { PseudonymBadge } from './ClientCells.tsx';

/** Records merged into this one; each can be split off again if the merge was a mistake. */
export function MergedRecords({
  records,
  onChanged,
}: {
  records: ClientSummary[];
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const [toSplit, setToSplit] = useState<ClientSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const headingId = 'client-merged-heading';
  if (records.length === 0) return null;

  const unmerge = async (record: ClientSummary) => {
    const result = await call('clients.unmerge', { id: record.id });
    if (!result.ok) {
      setError(result.error.message);
      setToSplit(null);
      return;
    }
    setError(null);
    setToSplit(null);
    notifications.show({
      color: 'teal',
      message: t('clients.merged.unmerged', { name: record.displayName }),
    });
    onChanged();
  };

  return (
    <section aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="sm">
        {t('clients.merged.title')}
      </Title>
      <Stack gap="xs">
        {error && (
          <Alert role="alert" color="red" title={t('clients.merged.unmergeFailed')}>
            {error}
          </Alert>
        )}
        {records.map((record) => (
          <Group key={record.id} justify="space-between" wrap="nowrap" className="merged-record">
            <Group gap="xs">
              <Text fw={600}>{record.displayName}</Text>
              {record.isPseudonymous && <PseudonymBadge />}
              <Text size="sm" c="dimmed">
                {[
                  formatDate(record.birthDate, language),
                  countryLabel(record.nationality, language),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </Group>
            <Button
              variant="default"
              size="xs"
              leftSection={<IconArrowsSplit size={16} aria-hidden />}
              onClick={() => setToSplit(record)}
              aria-label={t('clients.merged.unmergeNamed', { name: record.displayName })}
            >
              {t('clients.merged.unmerge')}
            </Button>
          </Group>
        ))}
      </Stack>
      <ConfirmDialog
        opened={toSplit !== null}
        title={t('clients.merged.confirmTitle')}
        text={t('clients.merged.confirmText', { name: toSplit?.displayName ?? '' })}
        confirmLabel={t('clients.merged.unmerge')}
        onConfirm={() => (toSplit ? unmerge(toSplit) : Promise.resolve())}
        onClose={() => setToSplit(null)}
      />
    </section>
  );
}
