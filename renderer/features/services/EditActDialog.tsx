import { Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { ServiceType, TimelineEntry } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
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

function EditActForm(
  props: Omit<EditActDialogProps, 'label' | 'entry'> & {
    entry: TimelineEntry;
    savedMessage: string;
  },
) {
  const { entry, types, onClose, onSaved, savedMessage } = props;
  const { t } = useTranslation();
  // The timeline leaves out minutes and confidential notes, so the form cannot show them.
  const isNoteKnown = !isConfidentialType(entry.type);
  const initial: ActFormValues = {
    type: entry.type,
    date: entry.date,
    town: entry.town,
    minutes: '',
    note: isNoteKnown ? entry.note : '',
    computer: '',
  };
  const options = editableTypes(types, entry.type);
  return (
    <ActForm
      initial={initial}
      typeOptions={options}
      showDateAndTown
      showComputer={false}
      keptHint={{
        minutes: t('services.act.minutesKept'),
        ...(isNoteKnown ? {} : { note: t('services.act.noteKept') }),
      }}
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
