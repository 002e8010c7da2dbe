import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { todayIso, type ServiceAct, type ServiceType } from '../../../db/contract/index.ts';
import { useAppInfo } from '../startup/app-info-context.ts';
import { emptyActForm, recordInput } from './act-form-values.ts';
import { ActForm } from './ActForm.tsx';
import { useFirstContactCheck } from './use-first-contact-check.tsx';
import { useRecordAct } from './use-record-act.ts';

interface RecordActDialogProps {
  opened: boolean;
  /** With the first contact, an act dated before it asks first. */
  client: { id: string; name: string; firstContact?: string | null };
  /** The type to start with; with `typeOptions` absent it cannot be changed. */
  type: string;
  typeOptions?: readonly ServiceType[];
  showDateAndTown: boolean;
  label: (code: string) => string;
  /** Reception moves the focus itself, back to the search box. */
  returnFocus?: boolean;
  onClose: () => void;
  onRecorded: (act: ServiceAct) => void;
}

/** Records one act for one client in a dialog: Enter (or Ctrl+Enter in the note) saves. */
export function RecordActDialog(props: RecordActDialogProps) {
  const { opened, client, type, typeOptions, showDateAndTown, label, onClose, onRecorded } = props;
  const { t } = useTranslation();
  const { site } = useAppInfo();
  const recordAct = useRecordAct(label);
  const firstContactCheck = useFirstContactCheck(client.firstContact);
  const title = typeOptions
    ? t('services.act.recordTitle', { name: client.name })
    : t('services.act.recordTypeTitle', { service: label(type), name: client.name });
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      size="lg"
      returnFocus={props.returnFocus ?? true}
    >
      {opened && (
        <ActForm
          initial={emptyActForm(type, todayIso(), site.town)}
          typeOptions={typeOptions}
          showDateAndTown={showDateAndTown}
          showComputer
          submitLabel={t('services.act.record')}
          onCancel={onClose}
          onSubmit={async (values) => {
            // "Back" leaves the form as it is, for the date to be corrected.
            if (!(await firstContactCheck.confirm(values.date))) return null;
            const result = await recordAct(recordInput(client.id, values), client.name);
            if ('error' in result) return result.error;
            onRecorded(result.act);
            return null;
          }}
        />
      )}
      {firstContactCheck.dialog}
    </Modal>
  );
}
