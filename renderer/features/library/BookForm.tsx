import {
  Alert,
  Button,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { bookCreateInput } from '../../../db/contract/index.ts';
import { useFieldError } from '../../forms/use-field-error.ts';
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
  const [apiError, setApiError] = useState<string | null>(null);
  const form = useForm<BookFormValues, unknown, BookFormOutput>({
    resolver: zodResolver(bookCreateInput),
    defaultValues: initial,
  });
  const { errors, isSubmitting } = form.formState;
  const errorText = useFieldError(errors, bookCreateInput.shape);
  const chosenLanguage = useWatch({ control: form.control, name: 'language' });
  const options = bookLanguageOptions(
    language,
    { common: t('library.book.commonLanguages'), other: t('library.book.otherLanguages') },
    chosenLanguage,
  );

  const submit = form.handleSubmit(async (values) => {
    setApiError(null);
    if (values.copies < onLoan) {
      form.setError('copies', { type: 'onLoan' }, { shouldFocus: true });
      return;
    }
    setApiError(await onSave(values));
  });

  const languageError =
    errors.language && chosenLanguage === ''
      ? t('library.book.languageRequired')
      : errorText('language');
  const copiesError =
    errors.copies?.type === 'onLoan'
      ? t('library.book.copiesBelowOnLoan', { count: onLoan })
      : errorText('copies');

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <Stack gap="md">
        <TextInput
          data-autofocus
          required
          label={t('library.book.title')}
          error={errorText('title')}
          {...form.register('title')}
        />
        <TextInput
          label={t('library.book.author')}
          error={errorText('author')}
          {...form.register('author')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Controller
            control={form.control}
            name="language"
            render={({ field }) => (
              <Select
                required
                searchable
                label={t('library.book.language')}
                description={t('library.book.languageHint')}
                data={options}
                filter={languageFilter}
                nothingFoundMessage={t('library.book.noLanguage')}
                maxDropdownHeight={280}
                error={languageError}
                ref={field.ref}
                name={field.name}
                value={field.value || null}
                onChange={(value) => field.onChange(value ?? '')}
                onBlur={field.onBlur}
              />
            )}
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
          <Controller
            control={form.control}
            name="copies"
            render={({ field }) => (
              <NumberInput
                required
                label={t('library.book.copies')}
                min={1}
                max={100}
                allowDecimal={false}
                allowNegative={false}
                error={copiesError}
                ref={field.ref}
                name={field.name}
                value={field.value ?? 1}
                // An emptied box is 0, which the schema refuses with its own message.
                onChange={(value) => field.onChange(typeof value === 'number' ? value : 0)}
                onBlur={field.onBlur}
              />
            )}
          />
          <TextInput
            label={t('library.book.shelfMark')}
            description={t('library.book.shelfMarkHint')}
            error={errorText('shelfMark')}
            {...form.register('shelfMark')}
          />
        </SimpleGrid>
        {apiError && (
          <Alert
            role="alert"
            color="red"
            title={t('library.book.saveFailed')}
            icon={<IconAlertTriangle aria-hidden />}
          >
            {apiError}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={isSubmitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
