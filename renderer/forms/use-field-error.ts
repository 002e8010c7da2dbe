import type { FieldErrors, FieldValues, Path } from 'react-hook-form';
import { z } from 'zod';
import { validationMessages } from '../../db/contract/index.ts';
import { useUiStore } from '../state/ui-store.ts';

/**
 * Turns the message keys the contract's schemas put into react-hook-form errors (`required`,
 * `tooLong`, …) into text in the UI language. The resolver keeps only the key, so limits such
 * as `{max}` are read back from the field's schema.
 */
export function useFieldError<Values extends FieldValues>(
  errors: FieldErrors<Values>,
  shape: Record<string, z.ZodType>,
): (name: Path<Values>) => string | undefined {
  const language = useUiStore((state) => state.language);
  return (name) => {
    const key = errors[name]?.message;
    if (typeof key !== 'string' || key === '') return undefined;
    const texts = validationMessages[key] ?? validationMessages.invalidType;
    const field = shape[name];
    const max = field instanceof z.ZodString ? field.maxLength : null;
    return (texts?.[language] ?? key).replace('{max}', String(max ?? ''));
  };
}
