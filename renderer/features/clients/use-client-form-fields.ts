import { useFormContext, type UseFormReturn } from 'react-hook-form';
import { clientFields, fieldLabels, type Language } from '../../../db/contract/index.ts';
import { useFieldError } from '../../forms/use-field-error.ts';
import { useUiStore } from '../../state/ui-store.ts';
import type { ClientFieldName, ClientFormOutput, ClientFormValues } from './client-form-values.ts';

export type ClientForm = UseFormReturn<ClientFormValues, unknown, ClientFormOutput>;

export interface ClientFormFields {
  form: ClientForm;
  language: Language;
  /** The field's label: the contract's, so the label and the API's messages name it alike. */
  label: (name: ClientFieldName) => string;
  /** The translated validation message of a field, if any. */
  errorText: (name: ClientFieldName) => string | undefined;
}

/** What every section of the client form needs, read from the form around it. */
export function useClientFormFields(): ClientFormFields {
  const form = useFormContext<ClientFormValues, unknown, ClientFormOutput>();
  const language = useUiStore((state) => state.language);
  const errorText = useFieldError(form.formState.errors, clientFields.shape);
  const label = (name: ClientFieldName) => fieldLabels[name]?.[language] ?? name;
  return { form, language, label, errorText };
}
