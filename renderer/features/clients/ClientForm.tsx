import { Alert, Button, Fieldset, Group, Stack, Switch, Textarea } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import type { DuplicateCandidate } from '../../../db/contract/index.ts';
import { useLeaveGuard } from '../../forms/use-leave-guard.tsx';
import { Controller, FormProvider, useForm, useWatch, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { clientCreateInput } from '../../../db/contract/index.ts';
import {
  normaliseFormValues,
  type ClientFormOutput,
  type ClientFormValues,
} from './client-form-values.ts';
import { ConsentFields } from './ConsentFields.tsx';
import { ContactFields } from './ContactFields.tsx';
import { DuplicateSaveDialog } from './DuplicateSaveDialog.tsx';
import { findLikelyDuplicates } from './likely-duplicates.ts';
import { LanguageFields } from './LanguageFields.tsx';
import { PersonalFields } from './PersonalFields.tsx';
import { ResidenceFields } from './ResidenceFields.tsx';
import { useClientFormFields } from './use-client-form-fields.ts';
import { useDuplicateCandidates } from './use-duplicate-candidates.ts';

const schemaResolver = zodResolver(clientCreateInput);
const identityFields = ['familyName', 'givenNames', 'birthDate', 'nationality'] as const;
// The contract's own schema decides, after a Czech "12. 5. 1990" has been read as a date.
const resolver: Resolver<ClientFormValues, unknown, ClientFormOutput> = (
  values,
  context,
  options,
) => schemaResolver(normaliseFormValues(values), context, options);

interface ClientFormProps {
  initial: ClientFormValues;
  /** The record being edited: excluded from its own duplicate matches. */
  clientId?: string;
  submitLabel: string;
  /** Saves (and may then leave the page); answers with the API's message when it refused. */
  onSave: (values: ClientFormOutput) => Promise<string | null>;
  onCancel: () => void;
}

/**
 * The client record, for registering and for editing: the same fields, rules and messages.
 * A likely duplicate is named beside the names while typing, and saving one asks first;
 * leaving with unsaved changes asks too.
 */
export function ClientForm({ initial, clientId, submitLabel, onSave, onCancel }: ClientFormProps) {
  const { t } = useTranslation();
  const [apiError, setApiError] = useState<string | null>(null);
  const form = useForm<ClientFormValues, unknown, ClientFormOutput>({
    resolver,
    defaultValues: initial,
    shouldFocusError: false,
  });
  const candidates = useDuplicateCandidates(form, clientId);
  const [duplicateQuestion, setDuplicateQuestion] = useState<{
    values: ClientFormOutput;
    candidates: DuplicateCandidate[];
  } | null>(null);
  const guard = useLeaveGuard(form.formState.isDirty);

  const save = async (values: ClientFormOutput) => {
    setApiError(null);
    // A saved record is shown next: that is no leaving of unsaved work.
    guard.allowLeaving();
    const refusal = await onSave(values);
    if (refusal !== null) guard.keepAsking();
    setApiError(refusal);
  };
  const submit = form.handleSubmit(
    async (values) => {
      // An edit asks only when it changes who the record is (two records already known as
      // duplicates must stay editable without the question every time).
      const isNewIdentity =
        clientId === undefined || identityFields.some((name) => form.getFieldState(name).isDirty);
      const likely = isNewIdentity ? await findLikelyDuplicates(values, clientId) : [];
      if (likely.length > 0) {
        setDuplicateQuestion({ values, candidates: likely });
        return;
      }
      await save(values);
    },
    // The first wrong field on screen takes the focus (react-hook-form would pick the first
    // one registered, which after the pseudonym switch is not the first one shown).
    (_errors, event) => {
      const formElement = event?.target;
      if (!(formElement instanceof HTMLFormElement)) return;
      // After the render that marks the fields.
      requestAnimationFrame(() =>
        formElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
    },
  );

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Stack gap="lg" maw={960}>
          <Controller
            control={form.control}
            name="isPseudonymous"
            render={({ field }) => (
              <Switch
                size="md"
                label={t('clients.form.pseudonymous')}
                description={t('clients.form.pseudonymousHint')}
                ref={field.ref}
                name={field.name}
                checked={field.value ?? false}
                onChange={(event) => {
                  field.onChange(event.currentTarget.checked);
                  // Which names are required depends on the switch: their messages follow it.
                  if (form.formState.isSubmitted) {
                    void form.trigger(['familyName', 'nickname', 'birthDate']);
                  }
                }}
              />
            )}
          />
          <PersonalFields duplicates={candidates} />
          <PseudonymHidden>
            <ResidenceFields />
            <ContactFields />
          </PseudonymHidden>
          <LanguageFields />
          <ConsentFields isEditing={clientId !== undefined} />
          <NoteField />
          <FormFooter apiError={apiError} submitLabel={submitLabel} onCancel={onCancel} />
        </Stack>
      </form>
      <DuplicateSaveDialog
        candidates={duplicateQuestion?.candidates ?? []}
        onClose={() => setDuplicateQuestion(null)}
        onSave={() => {
          const values = duplicateQuestion?.values;
          setDuplicateQuestion(null);
          if (values) void save(values);
        }}
      />
      {guard.dialog}
    </FormProvider>
  );
}

function PseudonymHidden({ children }: { children: ReactNode }) {
  const { form } = useClientFormFields();
  const isPseudonymous = useWatch({ control: form.control, name: 'isPseudonymous' });
  return isPseudonymous ? null : children;
}

function NoteField() {
  const { t } = useTranslation();
  const { form, label, errorText } = useClientFormFields();
  return (
    <Fieldset legend={t('clients.form.note')}>
      <Textarea
        label={label('note')}
        description={t('clients.form.noteHint')}
        autosize
        minRows={3}
        error={errorText('note')}
        {...form.register('note')}
      />
    </Fieldset>
  );
}

interface FormFooterProps {
  apiError: string | null;
  submitLabel: string;
  onCancel: () => void;
}

/** Right above Save: the API's refusal, if any. */
function FormFooter({ apiError, submitLabel, onCancel }: FormFooterProps) {
  const { t } = useTranslation();
  const { form } = useClientFormFields();
  return (
    <Stack gap="md">
      {apiError && (
        <Alert
          role="alert"
          color="red"
          title={t('clients.form.saveFailed')}
          icon={<IconAlertTriangle aria-hidden />}
        >
          {apiError}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('clients.form.cancel')}
        </Button>
        <Button type="submit" loading={form.formState.isSubmitting}>
          {submitLabel}
        </Button>
      </Group>
    </Stack>
  );
}
