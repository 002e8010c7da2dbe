import { Alert, Anchor, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../../data/use-api-query.ts';
import { useServiceCatalogue } from '../services/use-service-catalogue.ts';
import './home.css';

/** Today's services at a glance: acts by type, walk-ins, and the way to the front desk. */
export function TodayServicesCard() {
  const { t } = useTranslation();
  const day = useApiQuery('acts.day', {});
  const { label } = useServiceCatalogue();
  const headingId = 'home-today-services';
  const walkIns =
    day.status === 'ready'
      ? day.value.anonymousByType.reduce((sum, entry) => sum + entry.count, 0)
      : 0;
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={3} size="h4" id={headingId}>
          {t('home.today.services')}
        </Title>
        {day.status === 'loading' && <Loader size="sm" aria-label={t('app.loading')} />}
        {day.status === 'error' && (
          <Alert role="alert" color="red" title={t('services.day.loadFailed')}>
            {day.error.message}
          </Alert>
        )}
        {day.status === 'ready' && (
          <>
            {day.value.actsByType.length === 0 ? (
              <Text c="dimmed">{t('home.today.noActs')}</Text>
            ) : (
              <dl className="today-counts">
                {day.value.actsByType.map((entry) => (
                  <Group key={entry.type} justify="space-between" wrap="nowrap">
                    <dt>{label(entry.type)}</dt>
                    <dd>{entry.count}</dd>
                  </Group>
                ))}
              </dl>
            )}
            <Text>{t('home.today.walkIns', { count: walkIns })}</Text>
          </>
        )}
        <Anchor component={Link} to="/reception" fw={500}>
          <Group gap={4} component="span">
            {t('home.today.toReception')}
            <IconArrowRight size={16} aria-hidden />
          </Group>
        </Anchor>
      </Stack>
    </Card>
  );
}
