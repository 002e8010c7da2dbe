import {
  Alert,
  Autocomplete,
  Button,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  cefrLevels,
  courseKinds,
  fieldLabels,
  regionTowns,
  validationMessages,
  type CourseKind,
} from '../../../db/contract/index.ts';
import { DateField } from '../../forms/DateField.tsx';
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
            <Controller
              control={form.control}
              name="kind"
              render={({ field }) => (
                <Select
                  label={label('kind')}
                  required
                  data={courseKinds.map((kind) => ({
                    value: kind,
                    label: kindLabel(kind, language),
                  }))}
                  error={errorText('kind')}
                  ref={field.ref}
                  name={field.name}
                  value={field.value}
                  onChange={(value) => field.onChange(value as CourseKind | null)}
                  onBlur={field.onBlur}
                />
              )}
            />
            <TextInput
              label={label('title')}
              required
              autoComplete="off"
              error={errorText('title')}
              {...form.register('title')}
            />
            <Controller
              control={form.control}
              name="town"
              render={({ field }) => (
                <Autocomplete
                  label={label('town')}
                  description={t('courses.form.townHint')}
                  required
                  data={[...regionTowns]}
                  autoComplete="off"
                  error={errorText('town')}
                  ref={field.ref}
                  name={field.name}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                />
              )}
            />
            <TextInput
              label={label('venue')}
              autoComplete="off"
              error={errorText('venue')}
              {...form.register('venue')}
            />
            <Controller
              control={form.control}
              name="level"
              render={({ field }) => (
                <Select
                  label={label('level')}
                  placeholder={t('courses.form.levelNone')}
                  data={[...cefrLevels]}
                  clearable
                  error={errorText('level')}
                  ref={field.ref}
                  name={field.name}
                  value={field.value || null}
                  onChange={(value) => field.onChange(value ?? '')}
                  onBlur={field.onBlur}
                />
              )}
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
            {(['startDate', 'endDate'] as const).map((name) => (
              <Controller
                key={name}
                control={form.control}
                name={name}
                render={({ field }) => (
                  <DateField
                    label={label(name)}
                    required
                    // An empty date fails the contract as "invalid (YYYY-MM-DD)": it is missing.
                    error={
                      field.value === '' && errorText(name)
                        ? validationMessages.required?.[language]
                        : errorText(name)
                    }
                    ref={field.ref}
                    name={field.name}
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                  />
                )}
              />
            ))}
            <Controller
              control={form.control}
              name="capacity"
              render={({ field }) => (
                <NumberInput
                  label={label('capacity')}
                  placeholder={t('courses.form.capacityNone')}
                  min={1}
                  max={500}
                  allowDecimal={false}
                  allowNegative={false}
                  error={errorText('capacity')}
                  ref={field.ref}
                  name={field.name}
                  value={field.value ?? ''}
                  onChange={(value) =>
                    field.onChange(value === '' ? null : typeof value === 'number' ? value : null)
                  }
                  onBlur={field.onBlur}
                />
              )}
            />
          </SimpleGrid>
        </Fieldset>
        <ScheduleEditor form={form} />
        {apiError && (
          <Alert
            role="alert"
            color="red"
            title={t('courses.form.saveFailed')}
            icon={<IconAlertTriangle aria-hidden />}
          >
            {apiError}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('courses.form.cancel')}
          </Button>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('courses.form.create')}
          </Button>
        </Group>
      </Stack>
      {guard.dialog}
    </form>
  );
}
