import { Alert, Anchor, Button, Divider, Group, Loader, Stack, Text } from '@mantine/core';
import {
  IconArrowLeft,
  IconArrowMerge,
  IconInfoCircle,
  IconPencil,
  IconPlaylistAdd,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ClientDetail } from '../../../db/contract/index.ts';
import { useApiQuery } from '../../data/use-api-query.ts';
import { ClientGdprNotice, useRecordBlockedReason } from '../gdpr/ClientGdprNotice.tsx';
import { EraseClientButton } from '../gdpr/EraseClientButton.tsx';
import { SubjectExportButton } from '../gdpr/SubjectExportButton.tsx';
import { WithdrawConsentButton } from '../gdpr/WithdrawConsentButton.tsx';
import { RecordActDialog } from '../services/RecordActDialog.tsx';
import { useCan } from '../session/use-permissions.ts';
import { isRecordableByHand } from '../services/service-labels.ts';
import { useServiceCatalogue } from '../services/use-service-catalogue.ts';
import { clientName } from './client-format.ts';
import './clients.css';
import { ClientHeader } from './ClientHeader.tsx';
import { ClientHistory } from './ClientHistory.tsx';
import { ClientTimeline } from './ClientTimeline.tsx';
import { ConsentFormMenu } from './ConsentFormMenu.tsx';
import { MergeDialog } from './MergeDialog.tsx';
import { MergedRecords } from './MergedRecords.tsx';

/** One client: essentials, quick actions, services, merged records and the change history. */
export function ClientDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const detail = useApiQuery('clients.get', { id });
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/clients" state={{ keepSearch: true }} size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {t('clients.detail.backToList')}
        </Group>
      </Anchor>
      {detail.status === 'loading' && <Loader aria-label={t('app.loading')} />}
      {detail.status === 'error' && (
        <Alert role="alert" color="red" title={t('clients.detail.loadFailed')}>
          {detail.error.message}
        </Alert>
      )}
      {detail.status === 'ready' && (
        <ClientDetailView
          key={detail.value.client.id}
          detail={detail.value}
          reload={detail.reload}
        />
      )}
    </Stack>
  );
}

function ClientDetailView({ detail, reload }: { detail: ClientDetail; reload: () => void }) {
  const { t } = useTranslation();
  const { client } = detail;
  const [isMerging, setIsMerging] = useState(false);
  const [isRecording, setIsRecording] = useState(false);
  const catalogue = useServiceCatalogue();
  const timeline = useApiQuery('acts.timeline', { clientId: client.id });
  // Bumped after a merge or unmerge, so that the history is read again with the record.
  const [version, setVersion] = useState(0);
  const isMergedAway = detail.requestedId !== client.id;
  // Consent withdrawn or record anonymised: nothing new is recorded (the API refuses it too).
  const blockedReason = useRecordBlockedReason(client);
  const isAnonymised = Boolean(client.anonymisedOn);
  const can = useCan();
  const refresh = () => {
    reload();
    timeline.reload();
    setVersion((value) => value + 1);
  };

  return (
    <Stack gap="lg">
      {isMergedAway && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} role="status">
          {t('clients.detail.mergedNotice')}
        </Alert>
      )}
      <ClientHeader detail={detail} />
      <ClientGdprNotice client={client} id="client-gdpr-notice" />
      <Group gap="sm" role="group" aria-label={t('clients.detail.actions')}>
        <Button
          leftSection={<IconPlaylistAdd size={18} aria-hidden />}
          onClick={() => setIsRecording(true)}
          disabled={blockedReason !== null}
          aria-describedby={blockedReason ? 'client-record-blocked' : undefined}
        >
          {t('services.act.recordAction')}
        </Button>
        {!isAnonymised && (
          <Button
            variant="default"
            component={Link}
            to={`/clients/${client.id}/edit`}
            leftSection={<IconPencil size={18} aria-hidden />}
          >
            {t('clients.detail.edit')}
          </Button>
        )}
        {!isAnonymised && (
          <ConsentFormMenu
            clientId={client.id}
            clientLanguages={[client.preferredLanguage, ...client.languages].filter(Boolean)}
          />
        )}
        {!isAnonymised && can('clients.merge') && (
          <Button
            variant="default"
            leftSection={<IconArrowMerge size={18} aria-hidden />}
            onClick={() => setIsMerging(true)}
          >
            {t('clients.detail.mergeWith')}
          </Button>
        )}
        <SubjectExportButton client={client} />
        <EraseClientButton client={client} />
        {blockedReason === null && <WithdrawConsentButton client={client} onWithdrawn={reload} />}
      </Group>
      {blockedReason && (
        <Text id="client-record-blocked" size="sm" c="orange.9">
          {blockedReason}
        </Text>
      )}
      <Divider />
      <ClientTimeline timeline={timeline} catalogue={catalogue} onChanged={timeline.reload} />
      <MergedRecords records={detail.mergedRecords} onChanged={refresh} />
      <ClientHistory
        key={version}
        clientId={client.id}
        hasMerged={detail.mergedRecords.length > 0}
      />
      <RecordActDialog
        opened={isRecording}
        client={{ id: client.id, name: clientName(client), firstContact: client.firstContact }}
        type=""
        typeOptions={catalogue.types.filter(isRecordableByHand)}
        showDateAndTown
        label={catalogue.label}
        onClose={() => setIsRecording(false)}
        onRecorded={() => {
          setIsRecording(false);
          timeline.reload();
        }}
      />
      <MergeDialog
        opened={isMerging}
        firstId={client.id}
        onClose={() => setIsMerging(false)}
        onMerged={refresh}
      />
    </Stack>
  );
}
