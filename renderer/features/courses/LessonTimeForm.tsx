import { Alert, Button, Group, Stack } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { issueKey, lessonMoveInput, validationMessages } from '../../../db/contract/index.ts';
import { DateField } from '../../forms/DateField.tsx';
import { useUiStore } from '../../state/ui-store.ts';
import { normaliseTime } from './time-text.ts';
import { TimeField } from './TimeField.tsx';

type FieldErrors = Partial<Record<keyof LessonTime, string>>;

export interface LessonTime {
  date: string;
  start: string;
  end: string;
}

interface LessonTimeFormProps {
  initial: LessonTime;
  submitLabel: string;
  submitIcon?: ReactNode;
  /** Saves; answers with the API's message when it refused. */
  onSave: (value: LessonTime) => Promise<string | null>;
  onCancel?: () => void;
  /** Focus the date on opening (in a dialog). */
  isAutoFocused?: boolean;
}

/** Day, start and end of one lesson: for moving a lesson and for adding one. */
export function LessonTimeForm(props: LessonTimeFormProps) {
  const { initial, submitLabel, submitIcon, onSave, onCancel, isAutoFocused } = props;
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const [value, setValue] = useState(initial);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const submit = async () => {
    const lesson = { ...value, start: normaliseTime(value.start), end: normaliseTime(value.end) };
    setValue(lesson);
    // The contract's own rules (a real day, HH:MM, end after start), in the UI's words.
    const checked = lessonMoveInput.safeParse({ id: '-', ...lesson });
    const errors: FieldErrors = {};
    for (const issue of checked.error?.issues ?? []) {
      const field = issue.path[0] as keyof FieldErrors;
      // An empty day fails as "invalid (YYYY-MM-DD)": it is simply missing.
      const key = field === 'date' && lesson.date === '' ? 'required' : issueKey(issue);
      errors[field] ??= validationMessages[key]?.[language];
    }
    setFieldErrors(errors);
    setError(null);
    if (!checked.success) return;
    setIsBusy(true);
    setError(await onSave(lesson));
    setIsBusy(false);
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="sm">
        <Group gap="sm" align="flex-start">
          <DateField
            label={t('courses.lessons.date')}
            required
            clearable={false}
            w={180}
            error={fieldErrors.date}
            value={value.date}
            onChange={(date) => setValue((previous) => ({ ...previous, date }))}
            data-autofocus={isAutoFocused || undefined}
          />
          <TimeField
            label={t('courses.form.start')}
            required
            error={fieldErrors.start}
            value={value.start}
            onChange={(start) => setValue((previous) => ({ ...previous, start }))}
          />
          <TimeField
            label={t('courses.form.end')}
            required
            error={fieldErrors.end}
            value={value.end}
            onChange={(end) => setValue((previous) => ({ ...previous, end }))}
          />
          {!onCancel && (
            <Button
              type="submit"
              variant="default"
              mt={25}
              loading={isBusy}
              leftSection={submitIcon}
            >
              {submitLabel}
            </Button>
          )}
        </Group>
        {error && (
          <Alert role="alert" color="red" title={t('courses.lessons.failed')}>
            {error}
          </Alert>
        )}
        {onCancel && (
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={isBusy} leftSection={submitIcon}>
              {submitLabel}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
