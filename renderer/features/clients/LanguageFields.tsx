import { Fieldset, MultiSelect, Select, SimpleGrid } from '@mantine/core';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { languageOptions, withStoredCodes } from './language-options.ts';
import { useClientFormFields } from './use-client-form-fields.ts';

/**
 * The languages the person speaks, and the one to use with them (interpreters, printed forms):
 * the preferred language offers the languages they speak first.
 */
export function LanguageFields() {
  const { t } = useTranslation();
  const { form, language, label, errorText } = useClientFormFields();
  const [spoken, preferred] = useWatch({
    control: form.control,
    name: ['languages', 'preferredLanguage'],
  });
  const options = withStoredCodes(
    languageOptions(language),
    [...(spoken ?? []), preferred ?? ''],
    language,
  );
  const spokenCodes = new Set(spoken ?? []);
  const spokenOptions = options.filter((option) => spokenCodes.has(option.value));
  const preferredOptions =
    spokenOptions.length === 0
      ? options
      : [
          { group: t('clients.form.spokenLanguages'), items: spokenOptions },
          {
            group: t('clients.form.otherLanguages'),
            items: options.filter((option) => !spokenCodes.has(option.value)),
          },
        ];
  return (
    <Fieldset legend={t('clients.form.languages')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Controller
          control={form.control}
          name="languages"
          render={({ field }) => (
            <MultiSelect
              label={label('languages')}
              searchable
              clearable
              data={options}
              error={errorText('languages')}
              ref={field.ref}
              name={field.name}
              value={field.value ?? []}
              onChange={field.onChange}
              onBlur={field.onBlur}
            />
          )}
        />
        <Controller
          control={form.control}
          name="preferredLanguage"
          render={({ field }) => (
            <Select
              label={label('preferredLanguage')}
              searchable
              clearable
              data={preferredOptions}
              error={errorText('preferredLanguage')}
              ref={field.ref}
              name={field.name}
              value={field.value || null}
              onChange={(value) => field.onChange(value ?? '')}
              onBlur={field.onBlur}
            />
          )}
        />
      </SimpleGrid>
    </Fieldset>
  );
}
