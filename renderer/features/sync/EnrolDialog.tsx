import { Modal, Text, TextInput } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { syncEnrolInput, type EnrolmentResult } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { ControlledAutocomplete } from '../../components/form-fields/controlled-text-fields.tsx';
import { ApiForm } from '../../components/form-fields/ApiForm.tsx';
import { useApiForm } from '../../components/form-fields/use-api-form.ts';
import { downloadBase64 } from '../../files/download-base64.ts';
import { suggestedTowns } from '../first-run/suggested-towns.ts';
import { PassphraseView } from './PassphraseView.tsx';

function downloadEnrolment(file: EnrolmentResult['file']): void {
  downloadBase64(file.contentBase64, file.name, 'application/octet-stream');
}

/**
 * HQ only, "Přidat pobočku": name and town → the enrolment file (downloaded) and the one-time
 * passphrase, shown once. Closing the dialog forgets both.
 */
export function EnrolDialog({
  opened,
  onClose,
  onEnrolled,
}: {
  opened: boolean;
  onClose: () => void;
  onEnrolled: () => void;
}) {
  const { t } = useTranslation();
  const [enrolled, setEnrolled] = useState<EnrolmentResult | null>(null);
  const apiForm = useApiForm({
    resolver: zodResolver(syncEnrolInput),
    defaultValues: { name: '', town: '' },
    shape: syncEnrolInput.shape,
    save: async (values: z.output<typeof syncEnrolInput>) => {
      const result = await call('sync.enrol', values);
      if (!result.ok) return result.error.message;
      downloadEnrolment(result.value.file);
      setEnrolled(result.value);
      onEnrolled();
      return null;
    },
  });
  const { form, textField, controlField, setApiError } = apiForm;

  const close = () => {
    // The passphrase lives only as long as the dialog shows it.
    setEnrolled(null);
    setApiError(null);
    form.reset();
    onClose();
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={
        enrolled
          ? t('sync.enrol.passphraseTitle', { name: enrolled.site.name })
          : t('sync.enrol.title')
      }
      size="lg"
      centered
      // A stray click beside the dialog must not throw the passphrase away; Esc still closes it.
      closeOnClickOutside={!enrolled}
    >
      {enrolled ? (
        <PassphraseView
          enrolment={enrolled}
          onDownloadAgain={() => downloadEnrolment(enrolled.file)}
          onDone={close}
        />
      ) : (
        <ApiForm
          state={apiForm}
          errorTitle={t('sync.enrol.failed')}
          submitLabel={t('sync.enrol.submit')}
          onCancel={close}
        >
          <Text size="sm">{t('sync.enrol.intro')}</Text>
          <TextInput label={t('sync.enrol.name')} required data-autofocus {...textField('name')} />
          <ControlledAutocomplete
            {...controlField('town')}
            label={t('sync.enrol.town')}
            required
            data={suggestedTowns}
          />
        </ApiForm>
      )}
    </Modal>
  );
}
