import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClientSummary } from '../../../db/contract/index.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { countryLabel, formatDate } from './client-format.ts';
import { PseudonymBadge } from './ClientCells.tsx';

interface ClientHitLinesProps {
  client: ClientSummary;
  /** The last detail after birth date and nationality: where they live, or how to reach them. */
  lastDetail: 'town' | 'phone';
  hasConsentBadge?: boolean;
}

/**
 * A client found by name in two lines (name, then birth date, nationality and one more
 * detail), narrow enough for a side column or a dialog.
 */
export function ClientHitLines({ client, lastDetail, hasConsentBadge }: ClientHitLinesProps) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  return (
    <>
      <Group gap={6} wrap="nowrap">
        <Text fw={600} truncate>
          {client.displayName}
        </Text>
        {client.isPseudonymous && <PseudonymBadge />}
        {hasConsentBadge && client.isConsentPending && (
          <Badge color="orange" variant="light" size="sm" c="orange.9">
            {t('clients.consentMissing')}
          </Badge>
        )}
      </Group>
      <Text size="sm" c="dimmed" truncate>
        {[
          formatDate(client.birthDate, language),
          countryLabel(client.nationality, language),
          client[lastDetail],
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
    </>
  );
}
