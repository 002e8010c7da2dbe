import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { ApiError, ClientSummary } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';

export const searchLimit = 50;

export interface ClientSearch {
  /** The text the results answer; Enter must not open a hit for text typed since. */
  resultsFor: string | null;
  results: ClientSummary[];
  error: ApiError | null;
}

/** Search as you type: one call per pause of 150 ms, best matches first (the API orders them). */
export function useClientSearch(text: string): ClientSearch {
  const [debounced] = useDebouncedValue(text.trim(), 150);
  const [state, setState] = useState<ClientSearch>({ resultsFor: null, results: [], error: null });

  useEffect(() => {
    if (debounced === '') return;
    let isCurrent = true;
    void call('clients.search', { text: debounced, limit: searchLimit }).then((result) => {
      if (!isCurrent) return;
      setState(
        result.ok
          ? { resultsFor: debounced, results: result.value, error: null }
          : { resultsFor: debounced, results: [], error: result.error },
      );
    });
    return () => {
      isCurrent = false;
    };
  }, [debounced]);

  return state;
}
