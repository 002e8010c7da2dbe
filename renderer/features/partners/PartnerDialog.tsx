import { Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Partner } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { emptyPartnerForm, partnerToForm, type PartnerFormOutput } from './partner-form-values.ts';
import { PartnerForm } from './PartnerForm.tsx';

interface PartnerDialogProps {
  /** The partner to edit; null adds a new one. */
  partner: Partner | null;
  opened: boolean;
  onClose: () => void;
  onSaved: () => void;
}

/** Adds a partner organisation to the register or edits one, in a dialog over the list. */
export function PartnerDialog({ partner, opened, onClose, onSaved }: PartnerDialogProps) {
  const { t } = useTranslation();

  const save = async (values: PartnerFormOutput): Promise<string | null> => {
    const { isArchived, ...fields } = values;
    const result = partner
      ? await call('partners.update', { id: partner.id, changes: { ...fields, isArchived } })
      : await call('partners.create', fields);
    if (!result.ok) return result.error.message;
    notifications.show({
      color: 'teal',
      icon: <IconCheck size={18} aria-hidden />,
      message: t(partner ? 'partners.form.saved' : 'partners.form.created', {
        name: result.value.name,
      }),
    });
    onSaved();
    onClose();
    return null;
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={
        partner ? t('partners.form.editTitle', { name: partner.name }) : t('partners.form.newTitle')
      }
      size="lg"
    >
      {opened && (
        <PartnerForm
          key={partner?.id ?? 'new'}
          initial={partner ? partnerToForm(partner) : emptyPartnerForm()}
          isEditing={partner !== null}
          submitLabel={t(partner ? 'partners.form.save' : 'partners.form.create')}
          onSave={save}
          onCancel={onClose}
        />
      )}
    </Modal>
  );
}
