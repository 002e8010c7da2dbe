import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type Dispatch,
  type SetStateAction,
} from 'react';
import type { ApiError, ClientSummary, Input } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';

export const pageSize = 200;

type ListQuery = Omit<Input<'clients.list'>, 'offset' | 'limit'>;

interface PagesState {
  queryKey: string;
  total: number | null;
  pages: ReadonlyMap<number, ClientSummary[]>;
  error: ApiError | null;
}

export interface ClientPages {
  /** Null until the first page has answered. */
  total: number | null;
  error: ApiError | null;
  rowAt: (index: number) => ClientSummary | undefined;
  /** Asks for rows first…last: the pages that hold them load unless they are loaded already. */
  ensureRows: (first: number, last: number) => void;
}

/**
 * The register read page by page as it scrolls into view: 300 000 rows never travel at once,
 * and `total` from the first answer gives the scroll height straight away.
 *
 * One page is asked for at a time, and always for the rows in view *now*: dragging the
 * scrollbar across the register passes thousands of rows, and the database answers one call
 * after another, so pages for places already scrolled past would only delay the place where
 * the worker stopped.
 */
export function useClientPages(query: ListQuery): ClientPages {
  const queryKey = JSON.stringify(query);
  const [state, setState] = useState<PagesState>(() => emptyState(queryKey));
  // New filters start from nothing.
  const current = state.queryKey === queryKey ? state : emptyState(queryKey);
  const loader = useRef<Loader>(newLoader(queryKey));

  useEffect(() => {
    if (loader.current.queryKey !== queryKey) loader.current = newLoader(queryKey);
    loadWanted(loader.current, () => loader.current, setState);
  }, [queryKey]);

  const ensureRows = useCallback((first: number, last: number) => {
    loader.current.wanted = [first, last];
    loadWanted(loader.current, () => loader.current, setState);
  }, []);

  const rowAt = useCallback(
    (index: number) => current.pages.get(Math.floor(index / pageSize))?.[index % pageSize],
    [current.pages],
  );

  return { total: current.total, error: current.error, rowAt, ensureRows };
}

interface Loader {
  queryKey: string;
  wanted: [number, number];
  isBusy: boolean;
  loaded: Set<number>;
}

function newLoader(queryKey: string): Loader {
  return { queryKey, wanted: [0, 0], isBusy: false, loaded: new Set() };
}

/** Loads the first missing page of the wanted rows, then looks again at what is wanted. */
function loadWanted(
  work: Loader,
  currentLoader: () => Loader,
  setState: Dispatch<SetStateAction<PagesState>>,
): void {
  if (work.isBusy) return;
  const [first, last] = work.wanted;
  const lastPage = Math.floor(last / pageSize);
  let page = Math.floor(first / pageSize);
  while (page <= lastPage && work.loaded.has(page)) page++;
  if (page > lastPage) return;
  work.isBusy = true;
  const { queryKey } = work;
  const filters = JSON.parse(queryKey) as ListQuery;
  void call('clients.list', { ...filters, offset: page * pageSize, limit: pageSize }).then(
    (result) => {
      // Answers for filters the worker has since changed are dropped.
      if (currentLoader() !== work) return;
      work.isBusy = false;
      if (!result.ok) {
        setState((previous) => ({ ...baseFor(previous, queryKey), error: result.error }));
        return; // The next scroll tries again; no retry loop against a failing database.
      }
      work.loaded.add(page);
      setState((previous) => {
        const base = baseFor(previous, queryKey);
        const pages = new Map(base.pages);
        pages.set(page, result.value.rows);
        return { ...base, pages, total: result.value.total, error: null };
      });
      loadWanted(work, currentLoader, setState);
    },
  );
}

function emptyState(queryKey: string): PagesState {
  return { queryKey, total: null, pages: new Map(), error: null };
}

function baseFor(previous: PagesState, queryKey: string): PagesState {
  return previous.queryKey === queryKey ? previous : emptyState(queryKey);
}
