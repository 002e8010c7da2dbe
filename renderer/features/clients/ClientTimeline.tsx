import {
  Alert,
  Badge,
  Button,
  EmptyState,
  Group,
  Loader,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock, IconPencil, IconTimeline, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineEntry } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import type { QueryState } from '../../data/use-api-query.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { EditActDialog } from '../services/EditActDialog.tsx';
import { isConfidentialType } from '../services/service-labels.ts';
import type { ServiceCatalogue } from '../services/use-service-catalogue.ts';
import { formatDate } from './client-format.ts';

interface ClientTimelineProps {
  timeline: QueryState<TimelineEntry[]>;
  catalogue: ServiceCatalogue;
  onChanged: () => void;
}

/** The services the client received, newest first; recorded acts can be corrected or deleted. */
export function ClientTimeline({ timeline, catalogue, onChanged }: ClientTimelineProps) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const [editing, setEditing] = useState<TimelineEntry | null>(null);
  const [deleting, setDeleting] = useState<TimelineEntry | null>(null);
  const [isShowingAll, setIsShowingAll] = useState(false);
  const headingId = 'client-timeline-heading';
  const all = timeline.status === 'ready' ? timeline.value : [];
  const entries = isShowingAll ? all : all.slice(0, initialCount);
  const describe = (entry: TimelineEntry) =>
    `${catalogue.label(entry.type)}, ${formatDate(entry.date, language)}`;

  const remove = async (entry: TimelineEntry) => {
    const result = await call('acts.delete', { id: entry.sourceId });
    if (!result.ok) {
      notifications.show({
        color: 'red',
        title: t('services.timeline.deleteFailed'),
        message: result.error.message,
      });
      return;
    }
    notifications.show({
      color: 'teal',
      message: t('services.timeline.deleted', { act: describe(entry) }),
    });
    setDeleting(null);
    onChanged();
  };

  return (
    <section aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="sm">
        {t('clients.timeline.title')}
      </Title>
      {timeline.status === 'loading' && <Loader size="sm" aria-label={t('app.loading')} />}
      {timeline.status === 'error' && (
        <Alert role="alert" color="red" title={t('services.timeline.loadFailed')}>
          {timeline.error.message}
        </Alert>
      )}
      {timeline.status === 'ready' && all.length === 0 && (
        <EmptyState
          variant="light"
          size="sm"
          icon={<IconTimeline size={28} stroke={1.5} aria-hidden />}
        >
          <EmptyState.Title order={3}>{t('clients.timeline.empty')}</EmptyState.Title>
          <EmptyState.Description>{t('clients.timeline.emptyText')}</EmptyState.Description>
        </EmptyState>
      )}
      {entries.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped aria-labelledby={headingId} verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('services.timeline.date')}</Table.Th>
                <Table.Th scope="col">{t('services.timeline.service')}</Table.Th>
                <Table.Th scope="col">{t('services.timeline.town')}</Table.Th>
                <Table.Th scope="col">{t('services.timeline.note')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('services.timeline.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((entry) => (
                <Table.Tr key={`${entry.source}-${entry.sourceId}`}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatDate(entry.date, language)}
                  </Table.Td>
                  <Table.Td>
                    <EntryTitle entry={entry} label={catalogue.label(entry.type)} />
                  </Table.Td>
                  <Table.Td>{entry.town}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{entry.note}</Table.Td>
                  <Table.Td>
                    {entry.source === 'act' && (
                      <Group gap={4} wrap="nowrap" justify="flex-end">
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          leftSection={<IconPencil size={16} aria-hidden />}
                          aria-label={`${t('services.timeline.edit')} ${describe(entry)}`}
                          onClick={() => setEditing(entry)}
                        >
                          {t('services.timeline.edit')}
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="red"
                          leftSection={<IconTrash size={16} aria-hidden />}
                          aria-label={`${t('services.timeline.delete')} ${describe(entry)}`}
                          onClick={() => setDeleting(entry)}
                        >
                          {t('services.timeline.delete')}
                        </Button>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {all.length > entries.length && (
        <Button variant="subtle" mt="xs" onClick={() => setIsShowingAll(true)}>
          {t('services.timeline.showAll', { count: all.length })}
        </Button>
      )}
      <EditActDialog
        entry={editing}
        types={catalogue.types}
        label={catalogue.label}
        onClose={() => setEditing(null)}
        onSaved={onChanged}
      />
      <ConfirmDialog
        opened={deleting !== null}
        title={t('services.timeline.deleteTitle')}
        text={deleting ? t('services.timeline.deleteText', { act: describe(deleting) }) : ''}
        confirmLabel={t('services.timeline.delete')}
        onConfirm={() => (deleting ? remove(deleting) : Promise.resolve())}
        onClose={() => setDeleting(null)}
      />
    </section>
  );
}

const initialCount = 20;

/** The service's name; counselling is marked confidential in words, not by colour. */
function EntryTitle({ entry, label }: { entry: TimelineEntry; label: string }) {
  const { t } = useTranslation();
  // Lessons and loans carry their own title (course, book) beside the service's name, an
  // event's attendance the event's topic.
  const detail =
    entry.event?.topic ?? (entry.source !== 'act' && entry.title !== entry.type ? entry.title : '');
  const referral = entry.referral
    ? t('partners.referral.timeline', {
        name: entry.referral.name || t('partners.referral.unknownPartner'),
      })
    : '';
  return (
    <Group gap={6} wrap="nowrap">
      <div>
        <Text fw={500} size="sm">
          {label}
          {detail && ` – ${detail}`}
        </Text>
        {referral && (
          <Text size="sm" data-testid="timeline-referral">
            {referral}
          </Text>
        )}
      </div>
      {isConfidentialType(entry.type) && (
        <Badge
          size="sm"
          color="grape"
          variant="outline"
          c="grape.9"
          leftSection={<IconLock size={12} aria-hidden />}
        >
          {t('services.act.confidential')}
        </Badge>
      )}
    </Group>
  );
}
