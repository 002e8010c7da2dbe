import { Alert, Fieldset, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  isEuEeaChCountry,
  sexes,
  type DuplicateCandidate,
  type Sex,
} from '../../../db/contract/index.ts';
import { CountrySelect } from './CountrySelect.tsx';
import { DuplicateWarning } from './DuplicateWarning.tsx';
import { useClientFormFields } from './use-client-form-fields.ts';

/**
 * Names, birth date, sex and nationality; for a pseudonymous client only what identifies nobody.
 * Right under the names: who in the register this may already be, as soon as that is known.
 */
export function PersonalFields({ duplicates }: { duplicates: DuplicateCandidate[] }) {
  const { t } = useTranslation();
  const { form, label, errorText } = useClientFormFields();
  const [isPseudonymous, nationality] = useWatch({
    control: form.control,
    name: ['isPseudonymous', 'nationality'],
  });
  return (
    <Fieldset legend={t('clients.form.personal')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {isPseudonymous ? (
          <TextInput
            label={label('nickname')}
            required
            error={errorText('nickname')}
            {...form.register('nickname')}
          />
        ) : (
          <>
            <TextInput
              label={label('familyName')}
              required
              autoComplete="off"
              error={errorText('familyName')}
              {...form.register('familyName')}
            />
            <TextInput
              label={label('givenNames')}
              autoComplete="off"
              error={errorText('givenNames')}
              {...form.register('givenNames')}
            />
            {/* Always in the page, so that a warning appearing in it is announced. */}
            <div role="status" style={{ gridColumn: '1 / -1' }}>
              {duplicates.length > 0 && <DuplicateWarning candidates={duplicates} />}
            </div>
          </>
        )}
        <TextInput
          label={isPseudonymous ? t('clients.form.birthYear') : label('birthDate')}
          description={
            isPseudonymous ? t('clients.form.birthYearHint') : t('clients.form.birthDateHint')
          }
          required={isPseudonymous}
          inputMode="numeric"
          autoComplete="off"
          error={errorText('birthDate')}
          {...form.register('birthDate')}
        />
        {!isPseudonymous && (
          <Controller
            control={form.control}
            name="sex"
            render={({ field }) => (
              <Select
                label={label('sex')}
                clearable
                data={sexes.map((sex) => ({ value: sex, label: t(`clients.sex.${sex}`) }))}
                error={errorText('sex')}
                ref={field.ref}
                name={field.name}
                value={field.value ?? null}
                onChange={(value) => field.onChange((value as Sex | null) ?? null)}
                onBlur={field.onBlur}
              />
            )}
          />
        )}
        <Controller
          control={form.control}
          name="nationality"
          render={({ field }) => (
            <CountrySelect
              label={label('nationality')}
              required
              error={errorText('nationality')}
              ref={field.ref}
              name={field.name}
              value={field.value || null}
              onChange={(value) => field.onChange(value ?? '')}
              onBlur={field.onBlur}
            />
          )}
        />
        {!isPseudonymous && (
          <Textarea
            label={label('otherSpellings')}
            description={t('clients.form.otherSpellingsHint')}
            autosize
            minRows={1}
            error={errorText('otherSpellings')}
            {...form.register('otherSpellings')}
          />
        )}
      </SimpleGrid>
      {nationality && isEuEeaChCountry(nationality) && (
        <Alert
          mt="md"
          color="yellow"
          variant="light"
          icon={<IconInfoCircle aria-hidden />}
          title={t('clients.form.notThirdCountryTitle')}
          className="readable-alert"
        >
          {t('clients.form.notThirdCountryText')}
        </Alert>
      )}
    </Fieldset>
  );
}
