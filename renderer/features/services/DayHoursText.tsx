import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { hoursOn, type OpeningHours } from '../../../db/contract/index.ts';
import { formatClock } from './clock-format.ts';

/** "Otevřeno 9:00–17:00" or "Zavřeno" for one day, from the opening hours in Settings. */
export function DayHoursText({ hours, date }: { hours: OpeningHours; date: string }) {
  const { t } = useTranslation();
  const day = hoursOn(hours, date);
  return (
    <Text size="sm" c="dimmed" data-testid="day-hours">
      {day
        ? t('siteSettings.dayHours.open', {
            opens: formatClock(day.opens),
            closes: formatClock(day.closes),
          })
        : t('siteSettings.dayHours.closed')}
    </Text>
  );
}
