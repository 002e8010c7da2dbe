import { ActionIcon, Button, Fieldset, Group, Select, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { Controller, useFieldArray, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../state/ui-store.ts';
import type { CourseFormOutput, CourseFormValues } from './course-form-values.ts';
import { nextScheduleRow } from './course-form-values.ts';
import { isoWeekdays, weekdayLong, weekdayShort } from './course-format.ts';
import { countPlannedLessons } from './lesson-plan.ts';
import { TimeField } from './TimeField.tsx';
import { useCourseFieldError } from './use-course-field-error.ts';

/** The contract allows this many weekly lessons. */
const maxRows = 14;

type CourseForm = UseFormReturn<CourseFormValues, unknown, CourseFormOutput>;

/** The weekly timetable: one row per weekly lesson, and how many lessons it will make. */
export function ScheduleEditor({ form }: { form: CourseForm }) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const errorText = useCourseFieldError(form.formState.errors);
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'schedule' });
  const [schedule, startDate, endDate] = useWatch({
    control: form.control,
    name: ['schedule', 'startDate', 'endDate'],
  });
  const weekdayOptions = isoWeekdays.map((day) => ({
    value: String(day),
    label: `${weekdayShort(day, language)} – ${weekdayLong(day, language)}`,
  }));
  const planned = countPlannedLessons(
    startDate,
    endDate,
    schedule.filter((row) => row.weekday !== null) as { weekday: number }[],
  );

  return (
    <Fieldset legend={t('courses.form.schedule')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('courses.form.scheduleHint')}
        </Text>
        {fields.length === 0 && <Text size="sm">{t('courses.form.scheduleEmpty')}</Text>}
        {fields.map((field, index) => (
          <Group
            key={field.id}
            gap="sm"
            align="flex-start"
            role="group"
            aria-label={t('courses.form.slotLabel', { number: index + 1 })}
          >
            <Controller
              control={form.control}
              name={`schedule.${index}.weekday`}
              render={({ field: weekday }) => (
                <Select
                  label={t('courses.form.weekday')}
                  data={weekdayOptions}
                  allowDeselect={false}
                  w={190}
                  error={errorText(`schedule.${index}.weekday`)}
                  ref={weekday.ref}
                  name={weekday.name}
                  value={weekday.value === null ? null : String(weekday.value)}
                  onChange={(value) => weekday.onChange(value === null ? null : Number(value))}
                  onBlur={weekday.onBlur}
                />
              )}
            />
            <Controller
              control={form.control}
              name={`schedule.${index}.start`}
              render={({ field: start }) => (
                <TimeField
                  label={t('courses.form.start')}
                  error={errorText(`schedule.${index}.start`)}
                  ref={start.ref}
                  name={start.name}
                  value={start.value}
                  onChange={start.onChange}
                  onBlur={start.onBlur}
                />
              )}
            />
            <Controller
              control={form.control}
              name={`schedule.${index}.end`}
              render={({ field: end }) => (
                <TimeField
                  label={t('courses.form.end')}
                  error={errorText(`schedule.${index}.end`)}
                  ref={end.ref}
                  name={end.name}
                  value={end.value}
                  onChange={end.onChange}
                  onBlur={end.onBlur}
                />
              )}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              mt={26}
              aria-label={t('courses.form.removeSlot', { number: index + 1 })}
              title={t('courses.form.removeSlot', { number: index + 1 })}
              onClick={() => remove(index)}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        <Group justify="space-between" align="center">
          <Button
            variant="default"
            leftSection={<IconPlus size={18} aria-hidden />}
            disabled={fields.length >= maxRows}
            onClick={() => append(nextScheduleRow(form.getValues('schedule')))}
          >
            {t('courses.form.addSlot')}
          </Button>
          <Text fw={600} aria-live="polite" data-testid="lesson-preview">
            {planned === null
              ? t('courses.form.previewUnknown')
              : t('courses.form.preview', { count: planned })}
          </Text>
        </Group>
      </Stack>
    </Fieldset>
  );
}
