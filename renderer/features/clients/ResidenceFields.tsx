import { Fieldset, Select, SimpleGrid, TextInput } from '@mantine/core';
import { Controller } from 'react-hook-form';
import {
  residenceStatuses,
  residenceStatusLabels,
  type ResidenceStatus,
} from '../../../db/contract/index.ts';
import { useTranslation } from 'react-i18next';
import { ClientDateField } from './ClientDateField.tsx';
import { useClientFormFields } from './use-client-form-fields.ts';

/** Residence status under Czech aliens law, its validity, and the town the person lives in. */
export function ResidenceFields() {
  const { t } = useTranslation();
  const { form, language, label, errorText } = useClientFormFields();
  return (
    <Fieldset legend={t('clients.form.residence')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Controller
          control={form.control}
          name="residenceStatus"
          render={({ field }) => (
            <Select
              label={label('residenceStatus')}
              clearable
              data={residenceStatuses.map((status) => ({
                value: status,
                label: residenceStatusLabels[status][language],
              }))}
              error={errorText('residenceStatus')}
              ref={field.ref}
              name={field.name}
              value={field.value ?? null}
              onChange={(value) => field.onChange((value as ResidenceStatus | null) ?? null)}
              onBlur={field.onBlur}
            />
          )}
        />
        <ClientDateField name="residenceValidUntil" />
        <TextInput
          label={label('town')}
          autoComplete="off"
          error={errorText('town')}
          {...form.register('town')}
        />
      </SimpleGrid>
    </Fieldset>
  );
}
