import { Alert, Button, Loader, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldLabels, type HistoryEntry } from '../../../db/contract/index.ts';
import { useApiQuery } from '../../data/use-api-query.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { useAppInfo } from '../startup/app-info-context.ts';
import { formatTimestamp } from './client-format.ts';
import { meaningfulEntries } from './history-entries.ts';
import { formatHistoryValue } from './history-value.ts';

/** Who changed what and when: the record's change log, newest first. */
export function ClientHistory({ clientId, hasMerged }: { clientId: string; hasMerged: boolean }) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const { site } = useAppInfo();
  const history = useApiQuery('clients.history', { id: clientId });
  const [isShowingAll, setIsShowingAll] = useState(false);
  const allEntries = history.status === 'ready' ? meaningfulEntries(history.value) : [];
  // The latest changes first; the rest on request, rather than a scroll box inside the page.
  const entries = isShowingAll ? allEntries : allEntries.slice(0, initialCount);
  const fieldLabel = (field: string) =>
    fieldLabels[field]?.[language] ??
    (isRecordField(field) ? t(`clients.history.fields.${field}`) : field);
  // Record links are ids; people know them as "this record" or the site's name.
  const valueText = (entry: HistoryEntry) => {
    if (entry.field === 'mergedInto' && entry.value === clientId)
      return t('clients.history.thisRecord');
    if (entry.field === 'registeringSiteId' && entry.value === site.id) return site.name;
    return formatHistoryValue(entry.field, entry.value, language, t);
  };
  const headingId = 'client-history-heading';

  return (
    <section aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="sm">
        {t('clients.history.title')}
      </Title>
      {hasMerged && (
        <Text size="sm" c="dimmed" mb="xs">
          {t('clients.history.includesMerged')}
        </Text>
      )}
      {history.status === 'loading' && <Loader size="sm" aria-label={t('app.loading')} />}
      {history.status === 'error' && (
        <Alert role="alert" color="red" title={t('clients.history.loadFailed')}>
          {history.error.message}
        </Alert>
      )}
      {history.status === 'ready' && entries.length === 0 && (
        <Text c="dimmed">{t('clients.history.empty')}</Text>
      )}
      {entries.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('clients.history.when')}</Table.Th>
                <Table.Th>{t('clients.history.who')}</Table.Th>
                <Table.Th>{t('clients.history.field')}</Table.Th>
                <Table.Th>{t('clients.history.value')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((entry, index) => (
                <Table.Tr key={`${entry.at}-${entry.field}-${index}`}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatTimestamp(entry.at, language)}
                  </Table.Td>
                  <Table.Td>
                    {[entry.userName, entry.siteName].filter(Boolean).join(', ') || '—'}
                  </Table.Td>
                  <Table.Td>{fieldLabel(entry.field)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{valueText(entry)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {allEntries.length > entries.length && (
        <Button variant="subtle" mt="xs" onClick={() => setIsShowingAll(true)}>
          {t('clients.history.showAll', { count: allEntries.length })}
        </Button>
      )}
    </section>
  );
}

const initialCount = 12;
const recordFields = ['mergedInto', 'registeringSiteId'] as const;
function isRecordField(field: string): field is (typeof recordFields)[number] {
  return (recordFields as readonly string[]).includes(field);
}
