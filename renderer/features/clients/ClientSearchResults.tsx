import { Alert, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, ClientSummary } from '../../../db/contract/index.ts';
import { ClientCells, ClientColumnHeaders } from './ClientCells.tsx';
import { searchLimit } from './use-client-search.ts';

export const resultId = (index: number) => `client-search-result-${index}`;
export const resultsListId = 'client-search-results';

interface ClientSearchResultsProps {
  results: ClientSummary[];
  error: ApiError | null;
  activeIndex: number;
  isStale: boolean;
  onOpen: (client: ClientSummary) => void;
}

/**
 * Hits of the search box as a listbox the box controls: focus stays in the box while the arrow
 * keys move the highlighted hit (aria-activedescendant), so typing can go on at any time.
 */
export function ClientSearchResults(props: ClientSearchResultsProps) {
  const { results, error, activeIndex, isStale, onOpen } = props;
  const { t } = useTranslation();

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
          ? t('clients.search.none')
          : results.length >= searchLimit
            ? t('clients.search.limited', { count: results.length })
            : t('clients.search.count', { count: results.length })}
      </Text>
      <div className="client-search-results" style={{ opacity: isStale ? 0.6 : 1 }}>
        {results.length > 0 && (
          <div aria-hidden>
            <ClientColumnHeaders />
          </div>
        )}
        <div id={resultsListId} role="listbox" aria-label={t('clients.search.resultsLabel')}>
          {results.map((client, index) => (
            <div
              key={client.id}
              id={resultId(index)}
              role="option"
              aria-selected={index === activeIndex}
              className="client-row"
              onClick={() => onOpen(client)}
              // The box keeps the focus: a click on a hit must not blur it first.
              onMouseDown={(event) => event.preventDefault()}
            >
              <ClientCells client={client} />
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
