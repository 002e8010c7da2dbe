import { Checkbox, Fieldset, SimpleGrid, TextInput } from '@mantine/core';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ClientDateField } from './ClientDateField.tsx';
import { useClientFormFields } from './use-client-form-fields.ts';

/**
 * GDPR consent: the date it was signed and the text version, or "consent pending" when the
 * person could not sign yet (no interpreter…), which lists the client as missing consent.
 */
export function ConsentFields({ isEditing }: { isEditing: boolean }) {
  const { t } = useTranslation();
  const { form, label, errorText } = useClientFormFields();
  return (
    <Fieldset legend={t('clients.form.consent')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <ClientDateField name="consentDate" />
        <TextInput
          label={label('consentVersion')}
          description={t('clients.form.consentVersionHint')}
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
