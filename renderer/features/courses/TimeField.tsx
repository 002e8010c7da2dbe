import { TextInput, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { normaliseTime } from './time-text.ts';

type TimeFieldProps = Omit<TextInputProps, 'value' | 'onChange'> & {
  value: string;
  onChange: (value: string) => void;
};

/**
 * A time of day as HH:MM text: "9", "930" or "17.30" become 09:00, 09:30, 17:30 on leaving the
 * field. (The browser's time input would follow the computer's 12/24-hour setting.)
 */
export function TimeField({ value, onChange, onBlur, ...props }: TimeFieldProps) {
  const { t } = useTranslation();
  return (
    <TextInput
      inputMode="numeric"
      autoComplete="off"
      placeholder={t('courses.form.timePlaceholder')}
      maxLength={5}
      w={120}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      onBlur={(event) => {
        const normalised = normaliseTime(event.currentTarget.value);
        if (normalised !== value) onChange(normalised);
        onBlur?.(event);
      }}
      {...props}
    />
  );
}
