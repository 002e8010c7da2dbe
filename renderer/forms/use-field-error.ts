import type { FieldErrors, FieldValues, Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { validationMessages } from '../../db/contract/index.ts';
import { useUiStore } from '../state/ui-store.ts';

// The contract writes dates as the API takes them (RRRR-MM-DD); a form is typed "12. 5. 1990".
const typedDateMessages = {
  invalidDate: 'forms.dateErrors.invalidDate',
  invalidBirthDate: 'forms.dateErrors.invalidBirthDate',
} as const;

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
  const { t } = useTranslation();
  return (name) => {
    const key = errors[name]?.message;
    if (typeof key !== 'string' || key === '') return undefined;
    const dateKey = key as string;
    if (dateKey === 'invalidDate' || dateKey === 'invalidBirthDate') {
      return t(typedDateMessages[dateKey]);
    }
    const texts = validationMessages[key] ?? validationMessages.invalidType;
    const max = maxLength(shape[name]);
    // The contract's messages say {maximum} (the name zod gives the limit in its issues).
    return (texts?.[language] ?? key).replace(/\{max(?:imum)?\}/g, String(max ?? ''));
  };
}

/** The length limit of a text field, also when the schema wraps it as optional or defaulted. */
function maxLength(field: z.ZodType | undefined): number | null {
  let inner = field;
  while (
    inner instanceof z.ZodOptional ||
    inner instanceof z.ZodNullable ||
    inner instanceof z.ZodDefault
  ) {
    inner = inner.unwrap() as z.ZodType;
  }
  return inner instanceof z.ZodString ? inner.maxLength : null;
}
