import { Fieldset, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ClientDateField } from './ClientDateField.tsx';
import { useClientFormFields } from './use-client-form-fields.ts';

export function ContactFields() {
  const { t } = useTranslation();
  const { form, label, errorText } = useClientFormFields();
  return (
    <Fieldset legend={t('clients.form.contact')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          type="tel"
          label={label('phone')}
          autoComplete="off"
          error={errorText('phone')}
          {...form.register('phone')}
        />
        <TextInput
          type="email"
          label={label('email')}
          autoComplete="off"
          error={errorText('email')}
          {...form.register('email')}
        />
        <ClientDateField name="firstContact" />
      </SimpleGrid>
    </Fieldset>
  );
}
