import { useEffect, useState } from 'react';
import type { ApiError } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { clientName } from '../clients/client-format.ts';

export interface Borrower {
  id: string;
  name: string;
}

export type BorrowerState =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'ready'; borrower: Borrower };

/**
 * The borrower behind a client id from the address. A client just picked in the search is
 * passed as `known`, so it shows at once without asking the API for its name again.
 */
export function useBorrower(clientId: string | null, known: Borrower | null): BorrowerState {
  const [fetched, setFetched] = useState<{ id: string; state: BorrowerState } | null>(null);
  const isKnown = known !== null && known.id === clientId;

  useEffect(() => {
    if (clientId === null || isKnown) return;
    let isCurrent = true;
    void call('clients.get', { id: clientId }).then((result) => {
      if (!isCurrent) return;
      setFetched({
        id: clientId,
        state: result.ok
          ? // A merged-away id answers with the survivor, whose name is the one to show.
            {
              status: 'ready',
              borrower: { id: result.value.client.id, name: clientName(result.value.client) },
            }
          : { status: 'error', error: result.error },
      });
    });
    return () => {
      isCurrent = false;
    };
  }, [clientId, isKnown]);

  if (clientId === null) return { status: 'none' };
  if (isKnown) return { status: 'ready', borrower: known };
  if (fetched?.id === clientId) return fetched.state;
  return { status: 'loading' };
}
