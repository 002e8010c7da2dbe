import { Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { eventKindLabels, type EventSummary } from '../../../db/contract/index.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { AddEntryButton, EditEntryCell } from '../../components/RegisterButtons.tsx';
import { RegisterTable } from '../../components/RegisterTable.tsx';
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
            <AddEntryButton label={t('events.add')} onClick={() => setEditing('new')} />
          )
        }
      />
      <RegisterTable
        rows={events}
        texts={{
          loadFailed: t('events.loadFailed'),
          empty: t('events.empty'),
          tableLabel: t('events.tableLabel'),
        }}
        minWidth={760}
        columns={
          <>
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
          </>
        }
        actionsLabel={mayEdit ? t('events.columns.actions') : undefined}
        renderRow={(event: EventSummary) => (
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
              <EditEntryCell
                label={t('events.edit')}
                entryName={event.topic}
                onClick={() => setEditing(event)}
              />
            )}
          </Table.Tr>
        )}
      />
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
