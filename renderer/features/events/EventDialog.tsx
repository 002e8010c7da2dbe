import { Alert, Button, Group, Loader, Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventDetail, EventSummary, Partner } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { useApiQuery } from '../../data/use-api-query.ts';
import {
  emptyEventForm,
  eventToForm,
  type Attendee,
  type EventFormOutput,
} from './event-form-values.ts';
import { EventForm } from './EventForm.tsx';

interface EventDialogProps {
  /** The event to edit; null records a new one. */
  event: EventSummary | null;
  opened: boolean;
  partners: readonly Partner[];
  onClose: () => void;
  onSaved: () => void;
}

/** Records an event or edits one (with who attended), in a dialog over the list. */
export function EventDialog({ event, opened, partners, onClose, onSaved }: EventDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={event ? t('events.form.editTitle', { topic: event.topic }) : t('events.form.newTitle')}
      size="xl"
    >
      {opened &&
        (event ? (
          <EditEvent
            key={event.id}
            id={event.id}
            partners={partners}
            onClose={onClose}
            onSaved={onSaved}
          />
        ) : (
          <SaveEvent event={null} partners={partners} onClose={onClose} onSaved={onSaved} />
        ))}
    </Modal>
  );
}

/** An existing event is read whole first: the list does not carry its attendees. */
function EditEvent(props: {
  id: string;
  partners: readonly Partner[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const detail = useApiQuery('events.get', { id: props.id });
  if (detail.status === 'loading') return <Loader size="sm" aria-label={t('app.loading')} />;
  if (detail.status === 'error') {
    return (
      <Alert role="alert" color="red" title={t('events.loadFailed')}>
        {detail.error.message}
      </Alert>
    );
  }
  return <SaveEvent {...props} event={detail.value} />;
}

function SaveEvent(props: {
  event: EventDetail | null;
  partners: readonly Partner[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { event, partners, onClose, onSaved } = props;
  const { t } = useTranslation();
  const [isDeleting, setIsDeleting] = useState(false);

  const save = async (values: EventFormOutput, attendees: Attendee[]) => {
    const fields = { ...values, clientIds: attendees.map((attendee) => attendee.clientId) };
    const result = event
      ? await call('events.update', { id: event.id, changes: fields })
      : await call('events.create', fields);
    if (!result.ok) return result.error.message;
    notifications.show({
      color: 'teal',
      icon: <IconCheck size={18} aria-hidden />,
      message: t(event ? 'events.form.saved' : 'events.form.created', {
        topic: result.value.topic,
      }),
    });
    onSaved();
    onClose();
    return null;
  };

  const remove = async () => {
    if (!event) return;
    const result = await call('events.delete', { id: event.id });
    if (!result.ok) {
      notifications.show({
        color: 'red',
        title: t('events.form.deleteFailed'),
        message: result.error.message,
      });
      return;
    }
    notifications.show({
      color: 'teal',
      message: t('events.form.deleted', { topic: event.topic }),
    });
    setIsDeleting(false);
    onSaved();
    onClose();
  };

  return (
    <>
      <EventForm
        initial={event ? eventToForm(event) : emptyEventForm()}
        initialAttendees={event?.attendees ?? []}
        partners={partners}
        submitLabel={t(event ? 'events.form.save' : 'events.form.create')}
        onSave={save}
        onCancel={onClose}
      />
      {event && (
        <Group justify="flex-start" mt="md">
          <Button
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={16} aria-hidden />}
            onClick={() => setIsDeleting(true)}
          >
            {t('events.form.delete')}
          </Button>
        </Group>
      )}
      <ConfirmDialog
        opened={isDeleting}
        title={t('events.form.deleteTitle')}
        text={
          event
            ? t('events.form.deleteText', { topic: event.topic, count: event.attendees.length })
            : ''
        }
        confirmLabel={t('events.form.delete')}
        onConfirm={remove}
        onClose={() => setIsDeleting(false)}
      />
    </>
  );
}
