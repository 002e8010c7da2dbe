import { Alert, Text } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, ClientSummary } from '../../../db/contract/index.ts';
import './client-hits.css';
import { searchLimit } from './use-client-search.ts';

/** How one place shows the hits; the behaviour is the same everywhere. */
export interface ClientHitsLook {
  /** "Nobody found", the title of a failed search, and the name of the listbox. */
  texts: { none: string; failed: string; resultsLabel: string };
  /** A line above the hits saying how many there are (and when the limit cut them short). */
  isCounted?: boolean;
  /** Shown above the options, outside the listbox (e.g. column headers). */
  header?: ReactNode;
  renderHit: (client: ClientSummary) => ReactNode;
  listClassName: string;
  hitClassName: string;
}

interface ClientHitsProps extends ClientHitsLook {
  results: ClientSummary[];
  error: ApiError | null;
  activeIndex: number;
  isStale: boolean;
  listId: string;
  optionId: (index: number) => string;
  onPick: (client: ClientSummary) => void;
}

/**
 * The search box's hits as a listbox the box controls: focus stays in the box while the arrow
 * keys move the highlighted hit (aria-activedescendant), so typing can go on at any time.
 */
export function ClientHits(props: ClientHitsProps) {
  const { results, error, activeIndex, isStale, listId, optionId, onPick, texts } = props;
  const { t } = useTranslation();

  useEffect(() => {
    document.getElementById(optionId(activeIndex))?.scrollIntoView({ block: 'nearest' });
  }, [optionId, activeIndex]);

  if (error) {
    return (
      <Alert role="alert" color="red" title={texts.failed}>
        {error.message}
      </Alert>
    );
  }
  const status =
    results.length === 0
      ? texts.none
      : !props.isCounted
        ? null
        : results.length >= searchLimit
          ? t('clients.search.limited', { count: results.length })
          : t('clients.search.count', { count: results.length });
  return (
    <div>
      {status !== null && (
        <Text size="sm" c="dimmed" mb="xs" aria-live="polite">
          {status}
        </Text>
      )}
      {results.length > 0 && (
        <div className={props.listClassName} style={{ opacity: isStale ? 0.6 : 1 }}>
          {props.header}
          <div id={listId} role="listbox" aria-label={texts.resultsLabel}>
            {results.map((client, index) => (
              <div
                key={client.id}
                id={optionId(index)}
                role="option"
                aria-selected={index === activeIndex}
                className={props.hitClassName}
                onClick={() => onPick(client)}
                // The box keeps the focus: a click on a hit must not blur it first.
                onMouseDown={(event) => event.preventDefault()}
              >
                {props.renderHit(client)}
              </div>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
