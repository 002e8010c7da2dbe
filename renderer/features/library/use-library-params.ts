import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export type LibraryTab = 'catalogue' | 'loans' | 'overdue';
const tabs: readonly LibraryTab[] = ['catalogue', 'loans', 'overdue'];

export interface LibraryParams {
  tab: LibraryTab;
  /** The borrower chosen on this screen (or handed over by the reception), if any. */
  clientId: string | null;
  setTab: (tab: LibraryTab) => void;
  setClientId: (clientId: string | null) => void;
}

/**
 * The open tab and the chosen borrower live in the address (`#/library?tab=loans&client=…`), so
 * the reception can hand a client over and Back returns to where the worker was.
 */
export function useLibraryParams(): LibraryParams {
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const tab = tabs.find((value) => value === requested) ?? 'catalogue';
  const clientId = params.get('client') || null;

  const update = useCallback(
    (key: 'tab' | 'client', value: string | null) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (value === null) next.delete(key);
          else next.set(key, value);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  return {
    tab,
    clientId,
    setTab: useCallback((value: LibraryTab) => update('tab', value), [update]),
    setClientId: useCallback((value: string | null) => update('client', value), [update]),
  };
}
