import { Fieldset, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  cefrLevels,
  courseKinds,
  fieldLabels,
  regionTowns,
  validationMessages,
} from '../../../db/contract/index.ts';
import { DialogFormFooter } from '../../components/DialogFormFooter.tsx';
import { ControlledAutocomplete } from '../../components/form-fields/controlled-text-fields.tsx';
import { ControlledDateField } from '../../components/form-fields/controlled-text-fields.tsx';
import { ControlledNumberInput } from '../../components/form-fields/ControlledNumberInput.tsx';
import { ControlledSelect } from '../../components/form-fields/ControlledSelect.tsx';
import { useLeaveGuard } from '../../forms/use-leave-guard.tsx';
import { useUiStore } from '../../state/ui-store.ts';
import {
  courseFormResolver,
  type CourseFormOutput,
  type CourseFormValues,
} from './course-form-values.ts';
import { kindLabel } from './course-format.ts';
import { ScheduleEditor } from './ScheduleEditor.tsx';
import { useCourseFieldError } from './use-course-field-error.ts';

interface CourseFormProps {
  initial: CourseFormValues;
  /** Saves; answers with the API's message when it refused. */
  onSave: (values: CourseFormOutput) => Promise<string | null>;
  onCancel: () => void;
}

/** A new course: what, where, who teaches, when, and the weekly timetable of its lessons. */
export function CourseForm({ initial, onSave, onCancel }: CourseFormProps) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const [apiError, setApiError] = useState<string | null>(null);
  const form = useForm<CourseFormValues, unknown, CourseFormOutput>({
    resolver: courseFormResolver,
    defaultValues: initial,
    shouldFocusError: false,
  });
  const errorText = useCourseFieldError(form.formState.errors);
  const dates = useWatch({ control: form.control, name: ['startDate', 'endDate'] });
  // Leaving with typed values asks first; the saved course is then shown without asking.
  const guard = useLeaveGuard(form.formState.isDirty);
  const label = (name: string) => fieldLabels[name]?.[language] ?? name;
  const submit = form.handleSubmit(
    async (values) => {
      setApiError(null);
      guard.allowLeaving();
      const refusal = await onSave(values);
      if (refusal !== null) guard.keepAsking();
      setApiError(refusal);
    },
    // The first wrong field on screen takes the focus, after the render that marks it.
    (_errors, event) => {
      const formElement = event?.target;
      if (!(formElement instanceof HTMLFormElement)) return;
      requestAnimationFrame(() =>
        formElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
    },
  );

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <Stack gap="lg" maw={960}>
        <Fieldset legend={t('courses.form.basics')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <ControlledSelect
              control={form.control}
              name="kind"
              whenCleared={null}
              label={label('kind')}
              required
              data={courseKinds.map((kind) => ({
                value: kind,
                label: kindLabel(kind, language),
              }))}
              error={errorText('kind')}
            />
            <TextInput
              label={label('title')}
              required
              autoComplete="off"
              error={errorText('title')}
              {...form.register('title')}
            />
            <ControlledAutocomplete
              control={form.control}
              name="town"
              label={label('town')}
              description={t('courses.form.townHint')}
              required
              data={[...regionTowns]}
              autoComplete="off"
              error={errorText('town')}
            />
            <TextInput
              label={label('venue')}
              autoComplete="off"
              error={errorText('venue')}
              {...form.register('venue')}
            />
            <ControlledSelect
              control={form.control}
              name="level"
              whenCleared=""
              label={label('level')}
              placeholder={t('courses.form.levelNone')}
              data={[...cefrLevels]}
              clearable
              error={errorText('level')}
            />
            <TextInput
              label={label('lecturer')}
              autoComplete="off"
              error={errorText('lecturer')}
              {...form.register('lecturer')}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('courses.form.when')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            {(['startDate', 'endDate'] as const).map((name, index) => (
              <ControlledDateField
                key={name}
                control={form.control}
                name={name}
                label={label(name)}
                required
                // An empty date fails the contract as "invalid (YYYY-MM-DD)": it is missing.
                error={
                  dates[index] === '' && errorText(name)
                    ? validationMessages.required?.[language]
                    : errorText(name)
                }
              />
            ))}
            <ControlledNumberInput
              control={form.control}
              name="capacity"
              whenEmptied={null}
              label={label('capacity')}
              placeholder={t('courses.form.capacityNone')}
              min={1}
              max={500}
              allowDecimal={false}
              allowNegative={false}
              error={errorText('capacity')}
            />
          </SimpleGrid>
        </Fieldset>
        <ScheduleEditor form={form} />
        <DialogFormFooter
          error={apiError}
          errorTitle={t('courses.form.saveFailed')}
          submitLabel={t('courses.form.create')}
          isBusy={form.formState.isSubmitting}
          onCancel={onCancel}
          cancelLabel={t('courses.form.cancel')}
        />
      </Stack>
      {guard.dialog}
    </form>
  );
}
