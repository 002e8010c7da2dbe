import { Alert } from '@mantine/core';
import { IconHandStop, IconUserOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../db/contract/index.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { formatDate } from '../clients/client-format.ts';

/** Why nothing new can be recorded for this client: consent withdrawn, or the record anonymised. */
export function ClientGdprNotice({ client, id }: { client: Client; id: string }) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  if (client.anonymisedOn) {
    return (
      <Alert
        id={id}
        color="gray"
        variant="light"
        icon={<IconUserOff aria-hidden />}
        title={t('gdpr.anonymised.title')}
      >
        {t('gdpr.anonymised.text', { date: formatDate(client.anonymisedOn, language) })}
      </Alert>
    );
  }
  if (client.consentWithdrawn) {
    return (
      <Alert
        id={id}
        color="orange"
        variant="light"
        icon={<IconHandStop aria-hidden />}
        title={t('gdpr.consent.withdrawnTitle')}
      >
        {t('gdpr.consent.withdrawnText', { date: formatDate(client.consentWithdrawn, language) })}
      </Alert>
    );
  }
  return null;
}

/** The reason shown beside a disabled record-act button, or null when recording is open. */
export function useRecordBlockedReason(client: Client): string | null {
  const { t } = useTranslation();
  if (client.anonymisedOn) return t('gdpr.anonymised.recordDisabled');
  if (client.consentWithdrawn) return t('gdpr.consent.recordDisabled');
  return null;
}
