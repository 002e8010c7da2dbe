import { Alert, Loader, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DayOverview } from '../../../db/contract/index.ts';
import type { QueryState } from '../../data/use-api-query.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { formatDate } from '../clients/client-format.ts';
import { DayActsList } from '../services/DayActsList.tsx';
import { DayHoursText } from '../services/DayHoursText.tsx';
import { DayTally } from '../services/DayTally.tsx';
import { frontDeskTypes } from '../services/service-labels.ts';
import { useOpeningHours } from '../services/use-opening-hours.ts';

interface TodayTallyProps {
  day: QueryState<DayOverview>;
  label: (code: string) => string;
}

/** What the desk has recorded today, updated after every act and walk-in; today's hours. */
export function TodayTally({ day, label }: TodayTallyProps) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const hours = useOpeningHours();
  const headingId = 'reception-today';
  return (
    <section aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {day.status === 'ready'
            ? t('reception.today.titleWithDate', { date: formatDate(day.value.date, language) })
            : t('reception.today.title')}
        </Title>
        {day.status === 'ready' && <DayHoursText hours={hours} date={day.value.date} />}
        {day.status === 'loading' && <Loader size="sm" aria-label={t('app.loading')} />}
        {day.status === 'error' && (
          <Alert role="alert" color="red" title={t('services.day.loadFailed')}>
            {day.error.message}
          </Alert>
        )}
        {day.status === 'ready' && (
          <>
            <DayTally
              overview={day.value}
              label={label}
              alwaysShown={frontDeskTypes}
              tableLabel={t('reception.today.countsLabel')}
            />
            <Title order={3} size="h4">
              {t('reception.today.actsTitle')}
            </Title>
            <DayActsList
              acts={day.value.acts}
              label={label}
              tableLabel={t('reception.today.actsTitle')}
              emptyText={t('reception.today.noActs')}
            />
          </>
        )}
      </Stack>
    </section>
  );
}
