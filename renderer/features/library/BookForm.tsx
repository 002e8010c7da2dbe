import { SimpleGrid, TextInput } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { bookCreateInput } from '../../../db/contract/index.ts';
import { ControlledNumberInput } from '../../components/form-fields/ControlledNumberInput.tsx';
import { ControlledSelect } from '../../components/form-fields/ControlledSelect.tsx';
import { ApiForm } from '../../components/form-fields/ApiForm.tsx';
import { useApiForm } from '../../components/form-fields/use-api-form.ts';
import { useUiStore } from '../../state/ui-store.ts';
import type { BookFormOutput, BookFormValues } from './book-form-values.ts';
import { bookLanguageOptions, languageFilter } from './book-languages.ts';

interface BookFormProps {
  initial: BookFormValues;
  /** Copies out on loan now: an edit cannot leave fewer copies than that. */
  onLoan: number;
  submitLabel: string;
  /** Saves; answers with the API's message when it refused. */
  onSave: (values: BookFormOutput) => Promise<string | null>;
  onCancel: () => void;
}

/** A book of the catalogue, new or edited: the contract's own schema checks every field. */
export function BookForm({ initial, onLoan, submitLabel, onSave, onCancel }: BookFormProps) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const apiForm = useApiForm<BookFormValues, BookFormOutput>({
    resolver: zodResolver(bookCreateInput),
    defaultValues: initial,
    shape: bookCreateInput.shape,
    save: async (values, bookForm) => {
      if (values.copies < onLoan) {
        bookForm.setError('copies', { type: 'onLoan' }, { shouldFocus: true });
        return null;
      }
      return onSave(values);
    },
  });
  const { form, errorText, textField } = apiForm;
  const { errors } = form.formState;
  const chosenLanguage = useWatch({ control: form.control, name: 'language' });
  const options = bookLanguageOptions(
    language,
    { common: t('library.book.commonLanguages'), other: t('library.book.otherLanguages') },
    chosenLanguage,
  );

  const languageError =
    errors.language && chosenLanguage === ''
      ? t('library.book.languageRequired')
      : errorText('language');
  const copiesError =
    errors.copies?.type === 'onLoan'
      ? t('library.book.copiesBelowOnLoan', { count: onLoan })
      : errorText('copies');

  return (
    <ApiForm
      state={apiForm}
      errorTitle={t('library.book.saveFailed')}
      submitLabel={submitLabel}
      onCancel={onCancel}
    >
      <TextInput data-autofocus required label={t('library.book.title')} {...textField('title')} />
      <TextInput label={t('library.book.author')} {...textField('author')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <ControlledSelect
          control={form.control}
          name="language"
          whenCleared=""
          required
          searchable
          label={t('library.book.language')}
          description={t('library.book.languageHint')}
          data={options}
          filter={languageFilter}
          nothingFoundMessage={t('library.book.noLanguage')}
          maxDropdownHeight={280}
          error={languageError}
        />
        <TextInput
          label={t('library.book.isbn')}
          description={t('library.book.isbnHint')}
          error={errorText('isbn')}
          inputMode="numeric"
          autoComplete="off"
          {...form.register('isbn', {
            // A mistyped ISBN is pointed out as soon as the field is left, not only on save…
            onBlur: (event: { target: HTMLInputElement }) => {
              if (event.target.value.trim() !== '') void form.trigger('isbn');
            },
            // …and the message goes as soon as the digits are right, so it does not vanish
            // (moving the buttons under the pointer) only when the field loses focus.
            onChange: () => {
              if (form.getFieldState('isbn').error) void form.trigger('isbn');
            },
          })}
        />
        <ControlledNumberInput
          control={form.control}
          name="copies"
          // An emptied box is 0, which the schema refuses with its own message.
          whenEmptied={0}
          shownWhenUnset={1}
          required
          label={t('library.book.copies')}
          min={1}
          max={100}
          allowDecimal={false}
          allowNegative={false}
          error={copiesError}
        />
        <TextInput
          label={t('library.book.shelfMark')}
          description={t('library.book.shelfMarkHint')}
          {...textField('shelfMark')}
        />
      </SimpleGrid>
    </ApiForm>
  );
}
