import { Alert, Button, Group, Loader, Stack, Title } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nearestOpenDay, todayIso } from '../../../db/contract/index.ts';
import { useApiQuery } from '../../data/use-api-query.ts';
import { DateField } from '../../forms/DateField.tsx';
import { useUiStore } from '../../state/ui-store.ts';
import { formatDate } from '../clients/client-format.ts';
import { DayActsList } from './DayActsList.tsx';
import { DayHoursText } from './DayHoursText.tsx';
import { DayTally } from './DayTally.tsx';
import { frontDeskTypes } from './service-labels.ts';
import { useOpeningHours } from './use-opening-hours.ts';

/**
 * One day's services, today unless another day is picked: counts by type and every act, with
 * the day's opening hours. Previous and next step over the days the centre is closed.
 */
export function DayOverviewSection({ label }: { label: (code: string) => string }) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const today = todayIso();
  const [date, setDate] = useState(today);
  const day = useApiQuery('acts.day', { date });
  const hours = useOpeningHours();
  const isToday = date === today;
  const headingId = 'services-day-heading';
  const dayName = isToday ? t('services.day.today') : formatDate(date, language);

  return (
    <section aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={2} size="h3" id={headingId}>
          {t('services.day.title', { day: dayName })}
        </Title>
        <Group gap="sm" align="flex-end">
          <Button
            variant="default"
            leftSection={<IconChevronLeft size={18} aria-hidden />}
            onClick={() => setDate(nearestOpenDay(hours, date, -1))}
          >
            {t('services.day.previous')}
          </Button>
          <DateField
            label={t('services.day.date')}
            value={date}
            maxDate={today}
            clearable={false}
            // A cleared or half-typed date keeps the day shown until a whole date is there.
            onChange={(value) => value && setDate(value)}
            w={180}
          />
          <Button
            variant="default"
            rightSection={<IconChevronRight size={18} aria-hidden />}
            disabled={date >= today}
            onClick={() => {
              const next = nearestOpenDay(hours, date, 1);
              setDate(next > today ? today : next);
            }}
          >
            {t('services.day.next')}
          </Button>
          {!isToday && (
            <Button variant="subtle" onClick={() => setDate(today)}>
              {t('services.day.backToToday')}
            </Button>
          )}
        </Group>
        <DayHoursText hours={hours} date={date} />
        {day.status === 'loading' && <Loader size="sm" aria-label={t('app.loading')} />}
        {day.status === 'error' && (
          <Alert role="alert" color="red" title={t('services.day.loadFailed')}>
            {day.error.message}
          </Alert>
        )}
        {day.status === 'ready' && (
          // The previous day stays in view, dimmed, until the picked one has answered.
          <Stack
            gap="md"
            maw={820}
            aria-busy={day.value.date !== date}
            style={{ opacity: day.value.date === date ? 1 : 0.6 }}
          >
            <DayTally
              overview={day.value}
              label={label}
              alwaysShown={frontDeskTypes}
              tableLabel={t('services.day.countsLabel', { day: dayName })}
            />
            <Title order={3} size="h4">
              {t('services.day.actsTitle')}
            </Title>
            <DayActsList
              acts={day.value.acts}
              label={label}
              tableLabel={t('services.day.actsLabel', { day: dayName })}
              emptyText={t('services.day.noActs')}
            />
          </Stack>
        )}
      </Stack>
    </section>
  );
}
