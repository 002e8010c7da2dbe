import { Controller } from 'react-hook-form';
import { DateField } from '../../forms/DateField.tsx';
import type { ClientFieldName } from './client-form-values.ts';
import { useClientFormFields } from './use-client-form-fields.ts';

type DateFieldName = Extract<
  ClientFieldName,
  'residenceValidUntil' | 'firstContact' | 'consentDate' | 'consentWithdrawn'
>;

/** One of the client's calendar dates, labelled and validated like every other field. */
export function ClientDateField({ name }: { name: DateFieldName }) {
  const { form, label, errorText } = useClientFormFields();
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <DateField
          label={label(name)}
          error={errorText(name)}
          ref={field.ref}
          name={field.name}
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
        />
      )}
    />
  );
}
