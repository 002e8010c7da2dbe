import { useCallback, useEffect, useState } from 'react';
import type { Loan } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import type { QueryState } from '../../data/use-api-query.ts';

/** Every loan of one client (merged records included), newest first; nothing without a client. */
export function useClientLoans(clientId: string | null): {
  state: QueryState<Loan[]> | null;
  reload: () => void;
} {
  const [fetched, setFetched] = useState<{ key: string; state: QueryState<Loan[]> } | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (clientId === null) return;
    let isCurrent = true;
    void call('loans.forClient', { clientId }).then((result) => {
      if (!isCurrent) return;
      setFetched({
        key: clientId,
        state: result.ok
          ? { status: 'ready', value: result.value }
          : { status: 'error', error: result.error },
      });
    });
    return () => {
      isCurrent = false;
    };
  }, [clientId, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  if (clientId === null) return { state: null, reload };
  // A reload keeps the rows on screen until the new ones arrive; another client starts afresh.
  return { state: fetched?.key === clientId ? fetched.state : { status: 'loading' }, reload };
}
