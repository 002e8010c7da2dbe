import { Alert, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso, type ClientSummary } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { ClientPicker } from '../../components/client-picker/ClientPicker.tsx';
import { DateField } from '../../forms/DateField.tsx';
import { clientTableHits } from '../clients/client-table-hits.tsx';

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

  return (
    <Stack gap="sm">
      <ClientPicker
        text={text}
        onTextChange={setText}
        onPick={enrol}
        onEscape={() => {
          setText('');
          setError(null);
        }}
        box={{
          flex: 1,
          miw: 280,
          label: t('courses.participants.enrolLabel'),
          description: t('courses.participants.enrolHint'),
          placeholder: t('courses.participants.enrolPlaceholder'),
        }}
        // The date beside the box; the hits go below, across the whole width.
        wrapBox={(box) => (
          <Group gap="md" align="flex-start">
            {box}
            <DateField
              label={t('courses.participants.enrolDate')}
              value={date}
              onChange={setDate}
              clearable={false}
              w={180}
            />
          </Group>
        )}
        {...clientTableHits(t)}
      >
        {error && (
          <Alert role="alert" color="red" title={t('courses.participants.enrolFailed')}>
            {error}
          </Alert>
        )}
      </ClientPicker>
    </Stack>
  );
}
