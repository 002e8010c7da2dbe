import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api.ts';

interface SubmitReportDialogProps {
  period: { from: string; to: string; town?: string };
  periodText: string;
  opened: boolean;
  onClose: () => void;
  onSubmitted: () => void;
}

/** Asks before storing the figures: a submission is kept for good (append-only). */
export function SubmitReportDialog(props: SubmitReportDialogProps) {
  const { period, periodText, opened, onClose, onSubmitted } = props;
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  // After a submission the button that opened the dialog is gone; the panel takes the focus.
  const [hasSubmitted, setHasSubmitted] = useState(false);
  const [wasOpened, setWasOpened] = useState(opened);
  if (opened !== wasOpened) {
    setWasOpened(opened);
    if (opened) setHasSubmitted(false);
  }

  const submit = async () => {
    setIsSaving(true);
    setError(null);
    const result = await call('reports.submit', { ...period, ...(note.trim() ? { note } : {}) });
    setIsSaving(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    notifications.show({ color: 'green', message: t('reportSubmission.submittedToast') });
    setNote('');
    setHasSubmitted(true);
    onSubmitted();
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('reportSubmission.submitTitle')}
      size="lg"
      returnFocus={!hasSubmitted}
    >
      <Stack>
        <Text>{t('reportSubmission.submitText', { period: periodText })}</Text>
        <Textarea
          label={t('reportSubmission.note')}
          placeholder={t('reportSubmission.notePlaceholder')}
          value={note}
          maxLength={500}
          autosize
          minRows={2}
          onChange={(event) => setNote(event.currentTarget.value)}
        />
        {error && (
          <Alert color="red" title={t('reportSubmission.submitFailed')} role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={isSaving}>
            {t('reportSubmission.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
