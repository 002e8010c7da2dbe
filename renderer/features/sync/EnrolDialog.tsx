import { Alert, Autocomplete, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { syncEnrolInput, type EnrolmentResult } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { downloadBase64 } from '../../files/download-base64.ts';
import { useFieldError } from '../../forms/use-field-error.ts';
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
  const [apiError, setApiError] = useState<string | null>(null);
  const form = useForm({
    resolver: zodResolver(syncEnrolInput),
    defaultValues: { name: '', town: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const errorText = useFieldError(errors, syncEnrolInput.shape);

  const close = () => {
    // The passphrase lives only as long as the dialog shows it.
    setEnrolled(null);
    setApiError(null);
    form.reset();
    onClose();
  };

  const submit = form.handleSubmit(async (values) => {
    setApiError(null);
    const result = await call('sync.enrol', values);
    if (!result.ok) {
      setApiError(result.error.message);
      return;
    }
    downloadEnrolment(result.value.file);
    setEnrolled(result.value);
    onEnrolled();
  });

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
        <form noValidate onSubmit={(event) => void submit(event)}>
          <Stack gap="md">
            <Text size="sm">{t('sync.enrol.intro')}</Text>
            <TextInput
              label={t('sync.enrol.name')}
              required
              data-autofocus
              error={errorText('name')}
              {...form.register('name')}
            />
            <Controller
              control={form.control}
              name="town"
              render={({ field }) => (
                <Autocomplete
                  label={t('sync.enrol.town')}
                  required
                  data={suggestedTowns}
                  error={errorText('town')}
                  ref={field.ref}
                  name={field.name}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                />
              )}
            />
            {apiError && (
              <Alert
                role="alert"
                color="red"
                title={t('sync.enrol.failed')}
                icon={<IconAlertTriangle aria-hidden />}
              >
                {apiError}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={isSubmitting}>
                {t('sync.enrol.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
