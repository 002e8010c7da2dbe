import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClientSummary } from '../../../db/contract/index.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { countryLabel, formatDate, residenceLabel } from './client-format.ts';

/**
 * The columns of one client in the register and in search results (the same grid, so the eye
 * finds the same thing in the same place). `cellRole` lets a table row and a listbox option
 * share it.
 */
export function ClientCells({ client, cellRole }: { client: ClientSummary; cellRole?: 'cell' }) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  return (
    <>
      <div role={cellRole} className="client-cell">
        <Group gap={6} wrap="nowrap">
          <Text fw={600} truncate>
            {client.isAnonymised ? t('gdpr.anonymised.name') : client.displayName}
          </Text>
          {client.isPseudonymous && <PseudonymBadge />}
        </Group>
      </div>
      <div role={cellRole} className="client-cell">
        {formatDate(client.birthDate, language)}
      </div>
      <div role={cellRole} className="client-cell">
        <Truncated text={countryLabel(client.nationality, language)} />
      </div>
      <div role={cellRole} className="client-cell">
        <Truncated text={residenceLabel(client.residenceStatus, language)} />
      </div>
      <div role={cellRole} className="client-cell">
        <Truncated text={client.town} />
      </div>
      <div role={cellRole} className="client-cell">
        {client.isConsentPending && (
          <Badge color="orange" variant="light" size="sm" c="orange.9">
            {t('clients.consentMissing')}
          </Badge>
        )}
      </div>
    </>
  );
}

// A narrow column cuts long values ("mezinárodní ochrana"); the pointer still shows them whole.
function Truncated({ text }: { text: string }) {
  return (
    <Text truncate title={text || undefined}>
      {text}
    </Text>
  );
}

export function PseudonymBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="grape" variant="outline" size="sm" c="grape.9" style={{ flexShrink: 0 }}>
      {t('clients.pseudonym')}
    </Badge>
  );
}

/** Column headings, in the same grid as ClientCells. */
export function ClientColumnHeaders() {
  const { t } = useTranslation();
  const headings = [
    t('clients.columns.name'),
    t('clients.columns.birthDate'),
    t('clients.columns.nationality'),
    t('clients.columns.residenceStatus'),
    t('clients.columns.town'),
    t('clients.columns.consent'),
  ];
  return (
    <div role="row" className="client-row client-row-header">
      {headings.map((heading) => (
        <div role="columnheader" key={heading} className="client-cell">
          {heading}
        </div>
      ))}
    </div>
  );
}
