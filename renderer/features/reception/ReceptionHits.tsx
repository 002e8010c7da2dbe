import { Alert, Badge, Group, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, ClientSummary } from '../../../db/contract/index.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { countryLabel, formatDate } from '../clients/client-format.ts';
import { PseudonymBadge } from '../clients/ClientCells.tsx';
import { resultId, resultsListId } from '../clients/ClientSearchResults.tsx';
import { searchLimit } from '../clients/use-client-search.ts';
import './reception.css';

interface ReceptionHitsProps {
  results: ClientSummary[];
  error: ApiError | null;
  activeIndex: number;
  isStale: boolean;
  onPick: (client: ClientSummary) => void;
}

/**
 * The search box's hits in two lines each (name, then birth date, nationality, town), narrow
 * enough to sit beside the day's tally; the box keeps the focus, the arrows move the highlight.
 */
export function ReceptionHits({
  results,
  error,
  activeIndex,
  isStale,
  onPick,
}: ReceptionHitsProps) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);

  useEffect(() => {
    document.getElementById(resultId(activeIndex))?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex]);

  if (error) {
    return (
      <Alert role="alert" color="red" title={t('clients.search.failed')}>
        {error.message}
      </Alert>
    );
  }
  return (
    <div>
      <Text size="sm" c="dimmed" mb="xs" aria-live="polite">
        {results.length === 0
          ? t('reception.search.none')
          : results.length >= searchLimit
            ? t('clients.search.limited', { count: results.length })
            : t('clients.search.count', { count: results.length })}
      </Text>
      {results.length > 0 && (
        <div
          id={resultsListId}
          role="listbox"
          aria-label={t('clients.search.resultsLabel')}
          className="reception-hits"
          style={{ opacity: isStale ? 0.6 : 1 }}
        >
          {results.map((client, index) => (
            <div
              key={client.id}
              id={resultId(index)}
              role="option"
              aria-selected={index === activeIndex}
              className="reception-hit"
              onClick={() => onPick(client)}
              // The box keeps the focus: a click on a hit must not blur it first.
              onMouseDown={(event) => event.preventDefault()}
            >
              <Group gap={6} wrap="nowrap">
                <Text fw={600} truncate>
                  {client.displayName}
                </Text>
                {client.isPseudonymous && <PseudonymBadge />}
                {client.isConsentPending && (
                  <Badge color="orange" variant="light" size="sm" c="orange.9">
                    {t('clients.consentMissing')}
                  </Badge>
                )}
              </Group>
              <Text size="sm" c="dimmed" truncate>
                {[
                  formatDate(client.birthDate, language),
                  countryLabel(client.nationality, language),
                  client.town,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
