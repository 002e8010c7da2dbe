import { EmptyState, Title } from '@mantine/core';
import { IconTimeline } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The services the client received, newest first; services are recorded in a later release. */
export function ClientTimeline() {
  const { t } = useTranslation();
  const headingId = 'client-timeline-heading';
  return (
    <section aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="sm">
        {t('clients.timeline.title')}
      </Title>
      <EmptyState
        variant="light"
        size="sm"
        icon={<IconTimeline size={28} stroke={1.5} aria-hidden />}
      >
        <EmptyState.Title order={3}>{t('clients.timeline.empty')}</EmptyState.Title>
        <EmptyState.Description>{t('clients.timeline.emptyText')}</EmptyState.Description>
      </EmptyState>
    </section>
  );
}
