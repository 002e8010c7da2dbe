import { Alert, Group, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconSearch } from '@tabler/icons-react';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso, type ClientSummary } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { DateField } from '../../forms/DateField.tsx';
import '../clients/clients.css';
import { ClientSearchResults, resultId, resultsListId } from '../clients/ClientSearchResults.tsx';
import { useClientSearch } from '../clients/use-client-search.ts';

interface EnrolSearchProps {
  courseId: string;
  onEnrolled: () => void;
}

/**
 * Enrols people one after another without the mouse: type part of the name, arrows pick the
 * hit, Enter enrols, and the box is empty and focused for the next person. The API's refusal
 * ("Kurz je plný") stays under the box until the next try.
 */
export function EnrolSearch({ courseId, onEnrolled }: EnrolSearchProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [date, setDate] = useState(todayIso);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const search = useClientSearch(text);
  const [active, setActive] = useState({ index: 0, forResults: search.results });
  const trimmed = text.trim();
  const isStale = search.resultsFor !== trimmed;
  const activeIndex = active.forResults === search.results ? active.index : 0;
  const showResults = trimmed !== '' && search.resultsFor !== null;
  const hasHits = showResults && search.results.length > 0;

  const enrol = async (client: ClientSummary) => {
    if (isBusy) return;
    setIsBusy(true);
    setError(null);
    const result = await call('enrolments.enrol', {
      courseId,
      clientId: client.id,
      ...(date ? { date } : {}),
    });
    setIsBusy(false);
    if (!result.ok) {
      setError(`${client.displayName}: ${result.error.message}`);
      return;
    }
    setText('');
    notifications.show({
      color: 'teal',
      icon: <IconCheck size={18} aria-hidden />,
      message: t('courses.participants.enrolled', { name: client.displayName }),
    });
    onEnrolled();
  };

  const onKeyDown = async (event: KeyboardEvent<HTMLInputElement>) => {
    const count = search.results.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (count === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive({ index: (activeIndex + step + count) % count, forResults: search.results });
    } else if (event.key === 'Enter' && trimmed !== '') {
      event.preventDefault();
      if (!isStale) {
        const client = search.results[activeIndex];
        if (client) await enrol(client);
        return;
      }
      // Enter faster than the search: enrol the best hit for this very text, not an older one.
      const result = await call('clients.search', { text: trimmed, limit: 1 });
      if (result.ok && result.value[0]) await enrol(result.value[0]);
    } else if (event.key === 'Escape') {
      setText('');
      setError(null);
    }
  };

  return (
    <Stack gap="sm">
      <Group gap="md" align="flex-start">
        <TextInput
          flex={1}
          miw={280}
          label={t('courses.participants.enrolLabel')}
          description={t('courses.participants.enrolHint')}
          placeholder={t('courses.participants.enrolPlaceholder')}
          leftSection={<IconSearch size={18} aria-hidden />}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          onKeyDown={(event) => void onKeyDown(event)}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={hasHits}
          aria-controls={resultsListId}
          aria-activedescendant={hasHits ? resultId(activeIndex) : undefined}
          autoComplete="off"
          spellCheck={false}
        />
        <DateField
          label={t('courses.participants.enrolDate')}
          value={date}
          onChange={setDate}
          clearable={false}
          w={180}
        />
      </Group>
      {error && (
        <Alert role="alert" color="red" title={t('courses.participants.enrolFailed')}>
          {error}
        </Alert>
      )}
      {showResults && (
        <ClientSearchResults
          results={search.results}
          error={search.error}
          activeIndex={activeIndex}
          isStale={isStale}
          onOpen={(client) => void enrol(client)}
        />
      )}
    </Stack>
  );
}
