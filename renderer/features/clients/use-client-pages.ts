import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, ClientSummary, Input } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import {
  emptyState,
  loadWanted,
  newLoader,
  rowAt,
  type FetchPage,
  type Loader,
  type PagesState,
} from './client-page-loader.ts';

type ListQuery = Omit<Input<'clients.list'>, 'offset' | 'limit'>;

export interface ClientPages {
  /** Null until the first page has answered. */
  total: number | null;
  error: ApiError | null;
  rowAt: (index: number) => ClientSummary | undefined;
  /** Asks for rows first…last: the pages that hold them load unless they are loaded already. */
  ensureRows: (first: number, last: number) => void;
}

const fetchPage: FetchPage = (queryKey, offset, limit) =>
  call('clients.list', { ...(JSON.parse(queryKey) as ListQuery), offset, limit });

/**
 * The register read page by page as it scrolls into view: 300 000 rows never travel at once,
 * and `total` from the first answer gives the scroll height straight away.
 *
 * One page is asked for at a time, and always for the rows in view *now*: dragging the
 * scrollbar across the register passes thousands of rows, and the database answers one call
 * after another, so pages for places already scrolled past would only delay the place where
 * the worker stopped. The loading itself is client-page-loader.ts, tested without React.
 */
export function useClientPages(query: ListQuery): ClientPages {
  const queryKey = JSON.stringify(query);
  const [state, setState] = useState<PagesState>(() => emptyState(queryKey));
  // New filters start from nothing.
  const current = state.queryKey === queryKey ? state : emptyState(queryKey);
  const loader = useRef<Loader>(newLoader(queryKey));

  useEffect(() => {
    if (loader.current.queryKey !== queryKey) loader.current = newLoader(queryKey);
    loadWanted(loader.current, () => loader.current, setState, fetchPage);
  }, [queryKey]);

  const ensureRows = useCallback((first: number, last: number) => {
    loader.current.wanted = [first, last];
    loadWanted(loader.current, () => loader.current, setState, fetchPage);
  }, []);

  const rowOf = useCallback((index: number) => rowAt(current.pages, index), [current.pages]);

  return { total: current.total, error: current.error, rowAt: rowOf, ensureRows };
}
