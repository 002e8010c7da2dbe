import { Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ClientHitLines } from './ClientHitLines.tsx';
import { useClientSearch } from '../../components/client-picker/use-client-search.ts';

/** Step one of a merge: find the other record by name. */
export function MergePicker({
  excludeId,
  onPick,
}: {
  excludeId: string;
  onPick: (id: string) => void;
}) {
  const { t } = useTranslation();
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
                <ClientHitLines client={client} lastDetail="town" />
              </UnstyledButton>
            </div>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
