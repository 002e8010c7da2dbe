import { Alert, Button, Loader, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { eventKindLabels, type EventSummary } from '../../../db/contract/index.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useApiQuery } from '../../data/use-api-query.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { formatDate } from '../clients/client-format.ts';
import { useCan } from '../session/use-permissions.ts';
import { EventDialog } from './EventDialog.tsx';
import './events.css';

/**
 * "Akce": the centre's events, newest first — platform meetings, conferences, information
 * sessions — with the partners present, everyone who took part and the registered clients
 * among them. Coordinators and administrators record them; the desk reads them.
 */
export function EventsPage() {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const can = useCan();
  const [editing, setEditing] = useState<EventSummary | 'new' | null>(null);
  const events = useApiQuery('events.list', {});
  const mayEdit = can('events.update');
  // The dialog offers partners to choose from (archived ones too: an event may list one).
  const partners = useApiQuery('partners.list', { includeArchived: true });

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('events.title')}
        intro={t('events.intro')}
        action={
          can('events.create') && (
            <Button
              leftSection={<IconPlus size={18} aria-hidden />}
              onClick={() => setEditing('new')}
            >
              {t('events.add')}
            </Button>
          )
        }
      />
      {events.status === 'loading' && <Loader size="sm" aria-label={t('app.loading')} />}
      {events.status === 'error' && (
        <Alert role="alert" color="red" title={t('events.loadFailed')}>
          {events.error.message}
        </Alert>
      )}
      {events.status === 'ready' && events.value.length === 0 && (
        <Text c="dimmed">{t('events.empty')}</Text>
      )}
      {events.status === 'ready' && events.value.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table striped highlightOnHover aria-label={t('events.tableLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('events.columns.date')}</Table.Th>
                <Table.Th scope="col">{t('events.columns.topic')}</Table.Th>
                <Table.Th scope="col">{t('events.columns.town')}</Table.Th>
                <Table.Th scope="col">{t('events.columns.partners')}</Table.Th>
                <Table.Th scope="col" className="events-number">
                  {t('events.columns.participants')}
                </Table.Th>
                <Table.Th scope="col" className="events-number">
                  {t('events.columns.clients')}
                </Table.Th>
                {mayEdit && (
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('events.columns.actions')}</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {events.value.map((event) => (
                <Table.Tr key={event.id}>
                  <Table.Td className="events-date">{formatDate(event.date, language)}</Table.Td>
                  <Table.Th scope="row" fw={500}>
                    {event.topic}
                    <Text size="sm" c="dimmed">
                      {eventKindLabels[event.kind]?.[language] ?? event.kind}
                    </Text>
                  </Table.Th>
                  <Table.Td>{event.town}</Table.Td>
                  <Table.Td>{event.partners.map((partner) => partner.name).join(', ')}</Table.Td>
                  <Table.Td className="events-number">{event.participants}</Table.Td>
                  <Table.Td className="events-number">{event.clientCount}</Table.Td>
                  {mayEdit && (
                    <Table.Td>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        leftSection={<IconPencil size={16} aria-hidden />}
                        aria-label={`${t('events.edit')} ${event.topic}`}
                        onClick={() => setEditing(event)}
                      >
                        {t('events.edit')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <EventDialog
        event={editing === 'new' ? null : editing}
        opened={editing !== null}
        partners={partners.status === 'ready' ? partners.value : []}
        onClose={() => setEditing(null)}
        onSaved={events.reload}
      />
    </Stack>
  );
}
