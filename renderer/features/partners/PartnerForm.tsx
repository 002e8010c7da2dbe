import { Checkbox, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { ControlledChoice } from '../../components/form-fields/ControlledSelect.tsx';
import { ApiForm } from '../../components/form-fields/ApiForm.tsx';
import { useApiForm } from '../../components/form-fields/use-api-form.ts';
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
  const apiForm = useApiForm<PartnerFormValues, PartnerFormOutput>({
    resolver: zodResolver(partnerFormSchema),
    defaultValues: initial,
    shape: partnerFormShape,
    save: onSave,
  });
  const { form, textField, controlField } = apiForm;

  return (
    <ApiForm
      state={apiForm}
      errorTitle={t('partners.form.failed')}
      submitLabel={submitLabel}
      onCancel={onCancel}
    >
      <TextInput
        data-autofocus
        required
        label={t('partners.form.name')}
        description={t('partners.form.nameHint')}
        {...textField('organisationName')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <ControlledChoice
          {...controlField('partnerKind')}
          label={t('partners.form.kind')}
          data={partnerKindOptions(language)}
        />
        <TextInput label={t('partners.form.town')} {...textField('town')} />
      </SimpleGrid>
      <TextInput
        label={t('partners.form.contact')}
        description={t('partners.form.contactHint')}
        {...textField('contact')}
      />
      <Textarea
        label={t('partners.form.note')}
        autosize
        minRows={2}
        maxRows={6}
        {...textField('note')}
      />
      {isEditing && (
        <Checkbox label={t('partners.form.isArchived')} {...form.register('isArchived')} />
      )}
    </ApiForm>
  );
}
