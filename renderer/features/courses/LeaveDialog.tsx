import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso, type Participant } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { DateField } from '../../forms/DateField.tsx';

interface LeaveDialogProps {
  participant: Participant | null;
  onClose: () => void;
  onLeft: () => void;
}

/** Ends a participant's enrolment on a chosen day (today unless told otherwise). */
export function LeaveDialog({ participant, onClose, onLeft }: LeaveDialogProps) {
  const { t } = useTranslation();
  const name = participant?.client.displayName ?? '';
  return (
    <Modal
      opened={participant !== null}
      onClose={onClose}
      title={t('courses.participants.leaveTitle', { name })}
      centered
    >
      {participant && (
        <LeaveForm
          key={participant.enrolmentId}
          participant={participant}
          onClose={onClose}
          onLeft={onLeft}
        />
      )}
    </Modal>
  );
}

function LeaveForm({
  participant,
  onClose,
  onLeft,
}: LeaveDialogProps & { participant: Participant }) {
  const { t } = useTranslation();
  const [date, setDate] = useState(todayIso);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setIsBusy(true);
        void call('enrolments.leave', {
          enrolmentId: participant.enrolmentId,
          ...(date ? { date } : {}),
        }).then((result) => {
          setIsBusy(false);
          if (result.ok) onLeft();
          else setError(result.error.message);
        });
      }}
    >
      <Stack gap="md">
        <Text>{t('courses.participants.leaveText')}</Text>
        <DateField
          label={t('courses.participants.leaveDate')}
          value={date}
          onChange={setDate}
          clearable={false}
        />
        {error && (
          <Alert role="alert" color="red" title={t('courses.participants.leaveFailed')}>
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          {/* There is no taking it back (the API has no "re-join"): Cancel has the focus. */}
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red" loading={isBusy}>
            {t('courses.participants.leaveConfirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
