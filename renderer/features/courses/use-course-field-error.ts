import { get, type FieldErrors, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { courseCreateInput, validationMessages } from '../../../db/contract/index.ts';
import { useFieldError } from '../../forms/use-field-error.ts';
import { useUiStore } from '../../state/ui-store.ts';

/**
 * The translated message of any field of a course form, nested ones ("schedule.1.end")
 * included: the contract's schemas put message keys (`required`, `endBeforeStart`) into the
 * errors. Top-level fields go through the shared hook, which also fills in length limits.
 */
export function useCourseFieldError<Values extends FieldValues>(
  errors: FieldErrors<Values>,
): (path: string) => string | undefined {
  const language = useUiStore((state) => state.language);
  const { t } = useTranslation();
  const topLevel = useFieldError(errors, courseCreateInput.shape);
  return (path) => {
    if (!path.includes('.')) return topLevel(path as never);
    const key: unknown = (get(errors, path) as { message?: unknown } | undefined)?.message;
    if (typeof key !== 'string' || key === '') return undefined;
    // Dates as they are typed (12. 5. 2026), as the shared hook says them.
    if (key === 'invalidDate') return t('forms.dateErrors.invalidDate');
    const texts = validationMessages[key] ?? validationMessages.invalidType;
    return texts?.[language] ?? key;
  };
}
