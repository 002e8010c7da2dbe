import { Checkbox, Fieldset, SimpleGrid, TextInput } from '@mantine/core';
import { useEffect } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../data/use-api-query.ts';
import { ClientDateField } from './ClientDateField.tsx';
import { useClientFormFields } from './use-client-form-fields.ts';

/**
 * GDPR consent: the date it was signed and the text version, or "consent pending" when the
 * person could not sign yet (no interpreter…), which lists the client as missing consent.
 * A consent date typed now comes with the current text's version (the form printed today),
 * so the record names the text that was signed; an older paper's version can be typed over.
 */
export function ConsentFields({ isEditing }: { isEditing: boolean }) {
  const { t } = useTranslation();
  const { form, label, errorText } = useClientFormFields();
  const texts = useApiQuery('clients.consentTexts', {});
  const currentVersion = texts.status === 'ready' ? texts.value.version : null;
  const consentDate = useWatch({ control: form.control, name: 'consentDate' });
  useEffect(() => {
    if (!currentVersion || !consentDate) return;
    if (!form.getFieldState('consentDate').isDirty) return;
    if (form.getValues('consentVersion')) return;
    form.setValue('consentVersion', currentVersion, { shouldDirty: true });
  }, [consentDate, currentVersion, form]);
  return (
    <Fieldset legend={t('clients.form.consent')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <ClientDateField name="consentDate" />
        <TextInput
          label={label('consentVersion')}
          description={
            currentVersion
              ? t('clients.form.consentVersionCurrent', { version: currentVersion })
              : t('clients.form.consentVersionHint')
          }
          error={errorText('consentVersion')}
          {...form.register('consentVersion')}
        />
        {isEditing && <ClientDateField name="consentWithdrawn" />}
      </SimpleGrid>
      <Controller
        control={form.control}
        name="isConsentPending"
        render={({ field }) => (
          <Checkbox
            mt="md"
            label={t('clients.form.consentPending')}
            description={t('clients.form.consentPendingHint')}
            ref={field.ref}
            name={field.name}
            checked={field.value ?? false}
            onChange={(event) => {
              field.onChange(event.currentTarget.checked);
              // The date's "consent required" message depends on this box.
              if (form.formState.isSubmitted) void form.trigger('consentDate');
            }}
            onBlur={field.onBlur}
          />
        )}
      />
    </Fieldset>
  );
}
