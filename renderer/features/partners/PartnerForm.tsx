import { Checkbox, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DialogFormFooter } from '../../components/DialogFormFooter.tsx';
import { useFieldError } from '../../forms/use-field-error.ts';
import { useUiStore } from '../../state/ui-store.ts';
import {
  partnerFormSchema,
  partnerFormShape,
  partnerKindOptions,
  type PartnerFormOutput,
  type PartnerFormValues,
} from './partner-form-values.ts';

interface PartnerFormProps {
  initial: PartnerFormValues;
  /** Editing offers the archive switch; a new partner is active. */
  isEditing: boolean;
  submitLabel: string;
  /** Saves; answers with the API's message when it refused. */
  onSave: (values: PartnerFormOutput) => Promise<string | null>;
  onCancel: () => void;
}

/** A partner organisation, new or edited: the contract's own schema checks every field. */
export function PartnerForm({
  initial,
  isEditing,
  submitLabel,
  onSave,
  onCancel,
}: PartnerFormProps) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const [apiError, setApiError] = useState<string | null>(null);
  const form = useForm<PartnerFormValues, unknown, PartnerFormOutput>({
    resolver: zodResolver(partnerFormSchema),
    defaultValues: initial,
  });
  const { errors, isSubmitting } = form.formState;
  const errorText = useFieldError(errors, partnerFormShape);
  const submit = form.handleSubmit(async (values) => {
    setApiError(null);
    setApiError(await onSave(values));
  });

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <Stack gap="md">
        <TextInput
          data-autofocus
          required
          label={t('partners.form.name')}
          description={t('partners.form.nameHint')}
          error={errorText('organisationName')}
          {...form.register('organisationName')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Controller
            control={form.control}
            name="partnerKind"
            render={({ field }) => (
              <Select
                required
                label={t('partners.form.kind')}
                data={partnerKindOptions(language)}
                allowDeselect={false}
                error={errorText('partnerKind')}
                ref={field.ref}
                name={field.name}
                value={field.value}
                onChange={(value) => field.onChange(value ?? field.value)}
                onBlur={field.onBlur}
              />
            )}
          />
          <TextInput
            label={t('partners.form.town')}
            error={errorText('town')}
            {...form.register('town')}
          />
        </SimpleGrid>
        <TextInput
          label={t('partners.form.contact')}
          description={t('partners.form.contactHint')}
          error={errorText('contact')}
          {...form.register('contact')}
        />
        <Textarea
          label={t('partners.form.note')}
          autosize
          minRows={2}
          maxRows={6}
          error={errorText('note')}
          {...form.register('note')}
        />
        {isEditing && (
          <Checkbox label={t('partners.form.isArchived')} {...form.register('isArchived')} />
        )}
        <DialogFormFooter
          error={apiError}
          errorTitle={t('partners.form.failed')}
          submitLabel={submitLabel}
          isBusy={isSubmitting}
          onCancel={onCancel}
        />
      </Stack>
    </form>
  );
}
