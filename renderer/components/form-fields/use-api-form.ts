import { useState } from 'react';
import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type Path,
  type Resolver,
  type UseFormReturn,
} from 'react-hook-form';
import type { z } from 'zod';
import { useFieldError } from '../../forms/use-field-error.ts';

interface ApiFormOptions<Values extends FieldValues, Output> {
  /** The contract's schema (through zodResolver) checks every field before anything is sent. */
  resolver: Resolver<Values, unknown, Output>;
  defaultValues: DefaultValues<Values>;
  /** The schema's fields, for the limits its messages name ("at most {max} characters"). */
  shape: Record<string, z.ZodType>;
  /** Saves; answers with the API's refusal (shown above the buttons), or null. */
  save: (values: Output, form: UseFormReturn<Values, unknown, Output>) => Promise<string | null>;
}

/**
 * A form that saves through the API: react-hook-form with the contract's schema, its messages
 * in the UI language, and the API's refusal kept until the next try.
 */
export function useApiForm<Values extends FieldValues, Output>({
  resolver,
  defaultValues,
  shape,
  save,
}: ApiFormOptions<Values, Output>) {
  const [apiError, setApiError] = useState<string | null>(null);
  const form = useForm<Values, unknown, Output>({ resolver, defaultValues });
  const errorText = useFieldError(form.formState.errors, shape);
  const submit = form.handleSubmit(async (values) => {
    setApiError(null);
    setApiError(await save(values, form));
  });
  /** A text input's wiring: registered with the form, showing the schema's message. */
  const textField = (name: Path<Values>) => ({ error: errorText(name), ...form.register(name) });
  /** A controlled input's wiring (the Controlled* fields): the form's control and the message. */
  const controlField = (name: Path<Values>) => ({
    control: form.control,
    name,
    error: errorText(name),
  });
  const isBusy = form.formState.isSubmitting;
  return { form, errorText, textField, controlField, apiError, setApiError, submit, isBusy };
}
