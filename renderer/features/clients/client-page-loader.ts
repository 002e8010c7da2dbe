import type { Dispatch, SetStateAction } from 'react';
import type { ApiError, ClientList, ClientSummary, Result } from '../../../db/contract/index.ts';

export const pageSize = 200;

/** The pages of the register read so far, for one set of filters (`queryKey`, as JSON). */
export interface PagesState {
  queryKey: string;
  total: number | null;
  pages: ReadonlyMap<number, ClientSummary[]>;
  error: ApiError | null;
}

/** What the loader of one set of filters has asked for and holds. */
export interface Loader {
  queryKey: string;
  wanted: [number, number];
  isBusy: boolean;
  loaded: Set<number>;
}

/** One `clients.list` call: the filters (`queryKey` parsed) with an offset and a limit. */
export type FetchPage = (
  queryKey: string,
  offset: number,
  limit: number,
) => Promise<Result<ClientList>>;

export function newLoader(queryKey: string): Loader {
  return { queryKey, wanted: [0, 0], isBusy: false, loaded: new Set() };
}

export function emptyState(queryKey: string): PagesState {
  return { queryKey, total: null, pages: new Map(), error: null };
}

/** The row at `index` of the register, if its page has been read. */
export function rowAt(pages: PagesState['pages'], index: number): ClientSummary | undefined {
  return pages.get(Math.floor(index / pageSize))?.[index % pageSize];
}

/** The first page holding a wanted row that is not loaded yet, or null when all are. */
export function firstMissingPage(wanted: [number, number], loaded: Set<number>): number | null {
  const [first, last] = wanted;
  const lastPage = Math.floor(last / pageSize);
  let page = Math.floor(first / pageSize);
  while (page <= lastPage && loaded.has(page)) page++;
  return page > lastPage ? null : page;
}

/**
 * Loads the first missing page of the wanted rows, then looks again at what is wanted: one page
 * is asked for at a time, and always for the rows wanted *now* (see useClientPages).
 */
export function loadWanted(
  work: Loader,
  currentLoader: () => Loader,
  setState: Dispatch<SetStateAction<PagesState>>,
  fetchPage: FetchPage,
): void {
  if (work.isBusy) return;
  const page = firstMissingPage(work.wanted, work.loaded);
  if (page === null) return;
  work.isBusy = true;
  const { queryKey } = work;
  void fetchPage(queryKey, page * pageSize, pageSize).then((result) => {
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
    loadWanted(work, currentLoader, setState, fetchPage);
  });
}

function baseFor(previous: PagesState, queryKey: string): PagesState {
  return previous.queryKey === queryKey ? previous : emptyState(queryKey);
}
