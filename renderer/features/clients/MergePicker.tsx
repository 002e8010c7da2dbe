import { Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientSummary } from '../../../db/contract/index.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { countryLabel, formatDate } from './client-format.ts';
import { PseudonymBadge } from './ClientCells.tsx';
import { useClientSearch } from './use-client-search.ts';

/** Step one of a merge: find the other record by name. */
export function MergePicker({
  excludeId,
  onPick,
}: {
  excludeId: string;
  onPick: (id: string) => void;
}) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const [text, setText] = useState('');
  const search = useClientSearch(text);
  const hits = text.trim() === '' ? [] : search.results.filter((client) => client.id !== excludeId);

  return (
    <Stack gap="sm">
      <TextInput
        data-autofocus
        label={t('clients.merge.searchLabel')}
        leftSection={<IconSearch size={18} aria-hidden />}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        autoComplete="off"
      />
      {text.trim() !== '' && search.resultsFor !== null && hits.length === 0 && (
        <Text c="dimmed">{t('clients.search.none')}</Text>
      )}
      {hits.length > 0 && (
        <Stack gap={4} role="list" aria-label={t('clients.search.resultsLabel')}>
          {hits.map((client) => (
            <div role="listitem" key={client.id}>
              <UnstyledButton className="merge-pick" onClick={() => onPick(client.id)} w="100%">
                <Hit client={client} language={language} />
              </UnstyledButton>
            </div>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function Hit({ client, language }: { client: ClientSummary; language: 'cs' | 'en' }) {
  return (
    <>
      <Text fw={600} span>
        {client.displayName}
      </Text>{' '}
      {client.isPseudonymous && <PseudonymBadge />}
      <Text size="sm" c="dimmed">
        {[
          formatDate(client.birthDate, language),
          countryLabel(client.nationality, language),
          client.town,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
    </>
  );
}
