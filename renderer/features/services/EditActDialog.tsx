import { Alert, Loader, Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import {
  confidentialReaders,
  type ServiceType,
  type TimelineEntry,
} from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { useApiQuery } from '../../data/use-api-query.ts';
import { useRole } from '../session/use-permissions.ts';
import { actChanges, type ActFormValues } from './act-form-values.ts';
import { ActForm } from './ActForm.tsx';
import { isConfidentialType, isRecordableByHand } from './service-labels.ts';

interface EditActDialogProps {
  /** The act to edit, as the timeline lists it; null keeps the dialog closed. */
  entry: TimelineEntry | null;
  /** The whole catalogue, archived types included. */
  types: readonly ServiceType[];
  label: (code: string) => string;
  onClose: () => void;
  onSaved: () => void;
}

/** Corrects a recorded act: its type, day, town, minutes or note. */
export function EditActDialog({ entry, types, label, onClose, onSaved }: EditActDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={entry !== null}
      onClose={onClose}
      title={entry ? t('services.act.editTitle', { service: label(entry.type) }) : ''}
      size="lg"
    >
      {entry && (
        <EditActForm
          entry={entry}
          types={types}
          onClose={onClose}
          onSaved={onSaved}
          savedMessage={t('services.act.saved')}
        />
      )}
    </Modal>
  );
}

type EditActFormProps = Omit<EditActDialogProps, 'label' | 'entry'> & {
  entry: TimelineEntry;
  savedMessage: string;
};

/**
 * The timeline leaves out minutes and confidential notes. A confidential act is read whole
 * (acts.get) for those who may read its note; anyone else edits the act without ever seeing it.
 */
function EditActForm(props: EditActFormProps) {
  const { t } = useTranslation();
  const role = useRole();
  if (!isConfidentialType(props.entry.type)) {
    return <ActEditor {...props} note={props.entry.note} minutes={null} />;
  }
  if (role !== null && confidentialReaders.has(role)) return <ConfidentialActEditor {...props} />;
  return (
    <ActEditor
      {...props}
      note={null}
      minutes={null}
      noteHiddenReason={t('services.act.noteHidden')}
    />
  );
}

function ConfidentialActEditor(props: EditActFormProps) {
  const { t } = useTranslation();
  const act = useApiQuery('acts.get', { id: props.entry.sourceId });
  if (act.status === 'loading') return <Loader size="sm" aria-label={t('app.loading')} />;
  if (act.status === 'error') {
    return (
      <Alert role="alert" color="red" title={t('services.act.loadFailed')}>
        {act.error.message}
      </Alert>
    );
  }
  return <ActEditor {...props} note={act.value.note} minutes={act.value.minutes} />;
}

function ActEditor(
  props: EditActFormProps & {
    /** Null: not known to the form (kept as stored unless something is typed). */
    note: string | null;
    minutes: number | null;
    noteHiddenReason?: string;
  },
) {
  const { entry, types, onClose, onSaved, savedMessage, note, minutes, noteHiddenReason } = props;
  const { t } = useTranslation();
  const isNoteKnown = note !== null;
  const initial: ActFormValues = {
    type: entry.type,
    date: entry.date,
    town: entry.town,
    minutes: minutes ?? '',
    note: note ?? '',
    computer: '',
    partnerId: entry.referral?.partnerId ?? '',
  };
  const options = editableTypes(types, entry.type);
  // Attendance at an event keeps the event's type, day and town (changed on the Akce screen).
  const isEventAttendance = entry.event !== null;
  return (
    <ActForm
      initial={initial}
      {...(isEventAttendance ? {} : { typeOptions: options })}
      showDateAndTown={!isEventAttendance}
      showComputer={false}
      keptHint={{
        ...(minutes === null ? { minutes: t('services.act.minutesKept') } : {}),
        ...(isNoteKnown || noteHiddenReason ? {} : { note: t('services.act.noteKept') }),
      }}
      {...(noteHiddenReason ? { noteHiddenReason } : {})}
      submitLabel={t('services.act.save')}
      onCancel={onClose}
      onSubmit={async (values) => {
        const changes = actChanges(initial, values, isNoteKnown);
        if (Object.keys(changes).length > 0) {
          const result = await call('acts.update', { id: entry.sourceId, changes });
          if (!result.ok) return result.error.message;
        }
        notifications.show({ color: 'teal', message: savedMessage });
        onSaved();
        onClose();
        return null;
      }}
    />
  );
}

/** The types an act may be changed to, plus its own (perhaps archived since), never blank. */
function editableTypes(types: readonly ServiceType[], current: string): readonly ServiceType[] {
  const recordable = types.filter(isRecordableByHand);
  if (recordable.some((type) => type.code === current)) return recordable;
  const own = types.find((type) => type.code === current);
  return own ? [own, ...recordable] : recordable;
}
