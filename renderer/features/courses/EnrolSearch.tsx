import { Alert, Group, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso, type ClientSummary } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { DateField } from '../../forms/DateField.tsx';
import '../clients/clients.css';
import { ClientSearchResults, resultId, resultsListId } from '../clients/ClientSearchResults.tsx';
import { useClientPicker } from '../clients/use-client-picker.ts';

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

  const picker = useClientPicker(text, enrol, () => {
    setText('');
    setError(null);
  });
  const { search, isStale, activeIndex, showResults, hasHits } = picker;

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
          onKeyDown={(event) => void picker.onKeyDown(event)}
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
