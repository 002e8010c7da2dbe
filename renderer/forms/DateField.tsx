import { DateInput, type DateInputProps } from '@mantine/dates';
import 'dayjs/locale/cs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isCalendarDate, todayIso } from '../../db/contract/index.ts';
import { useUiStore } from '../state/ui-store.ts';

type DateFieldProps = Omit<DateInputProps, 'value' | 'onChange' | 'valueFormat' | 'dateParser'> & {
  /** YYYY-MM-DD, or '' / null for no date. */
  value: string | null | undefined;
  onChange: (value: string) => void;
};

/**
 * A calendar date typed the Czech way ("24. 11. 2026") or picked from a Czech calendar,
 * whatever the computer's own locale; the form gets the ISO date the contract stores. (The
 * browser's <input type="date"> would follow the operating system's format instead.)
 */
export function DateField({ value, onChange, popoverProps, ...props }: DateFieldProps) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const [isPickerOpen, setIsPickerOpen] = useState(false);
  // Esc with the calendar open closes the calendar only: a dialog around the field (Mantine's
  // Modal, which listens before anyone else) leaves alone a key pressed on a marked element.
  const stopEscape = isPickerOpen ? { 'data-mantine-stop-propagation': 'true' } : {};
  return (
    <DateInput
      popoverProps={{
        ...popoverProps,
        onOpen: () => {
          setIsPickerOpen(true);
          popoverProps?.onOpen?.();
        },
        onClose: () => {
          setIsPickerOpen(false);
          popoverProps?.onClose?.();
        },
      }}
      getDayProps={() => ({ 'data-mantine-stop-propagation': 'true' })}
      {...stopEscape}
      locale={language}
      firstDayOfWeek={1}
      clearable
      placeholder={t('dates.placeholder')}
      presets={[{ value: todayIso(), label: t('dates.today') }]}
      valueFormat={(date) => formatDay(date, language)}
      dateParser={parseDay}
      value={value || null}
      onChange={(date) => onChange(date ?? '')}
      {...props}
    />
  );
}

function formatDay(iso: string, language: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  return language === 'cs' ? `${day}. ${month}. ${year}` : `${pad(day!)}/${pad(month!)}/${year}`;
}

/**
 * "24. 11. 2026", "24.11.2026", "24/11/2026" or "2026-11-24"; only whole, real dates. A real day
 * outside the accepted years is still read, so the form says the range rule, not "unreadable".
 */
function parseDay(text: string): string | null {
  const trimmed = text.trim();
  if (isCalendarDate(trimmed)) return trimmed;
  const match = /^(\d{1,2})\s*[./]\s*(\d{1,2})\s*[./]\s*(\d{4})$/.exec(trimmed);
  if (!match) return null;
  const iso = `${match[3]}-${pad(Number(match[2]))}-${pad(Number(match[1]))}`;
  return isCalendarDate(iso) ? iso : null;
}

const pad = (value: number) => String(value).padStart(2, '0');
