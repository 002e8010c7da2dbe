import { useState, type KeyboardEvent } from 'react';
import type { ClientSummary } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { type ClientSearch, useClientSearch } from './use-client-search.ts';

export interface ClientPicker {
  search: ClientSearch;
  trimmed: string;
  /** The hits answer older text than the box holds (the search is debounced). */
  isStale: boolean;
  activeIndex: number;
  /** There is text and an answer to show (hits, "none" or an error). */
  showResults: boolean;
  hasHits: boolean;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => Promise<void>;
}

/**
 * The keyboard of every "type a name, pick a client" box (reception, library, enrolment):
 * arrows move the highlighted hit, Enter picks it, Escape is the caller's. The highlight
 * belongs to one list of results, so new results start again at the best hit.
 */
export function useClientPicker(
  text: string,
  onPick: (client: ClientSummary) => void | Promise<void>,
  onEscape: () => void,
): ClientPicker {
  const search = useClientSearch(text);
  const [active, setActive] = useState({ index: 0, forResults: search.results });
  const trimmed = text.trim();
  const isStale = search.resultsFor !== trimmed;
  const activeIndex = active.forResults === search.results ? active.index : 0;
  const showResults = trimmed !== '' && search.resultsFor !== null;
  const hasHits = showResults && search.results.length > 0;

  const onKeyDown = async (event: KeyboardEvent<HTMLInputElement>) => {
    const count = search.results.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (count === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive({ index: (activeIndex + step + count) % count, forResults: search.results });
    } else if (event.key === 'Enter') {
      // Enter picks a hit; it never submits the surrounding form.
      event.preventDefault();
      if (trimmed === '') return;
      if (!isStale) {
        const client = search.results[activeIndex];
        if (client) await onPick(client);
        return;
      }
      // Enter faster than the search: the best hit for this very text, not an older one.
      const result = await call('clients.search', { text: trimmed, limit: 1 });
      if (result.ok && result.value[0]) await onPick(result.value[0]);
    } else if (event.key === 'Escape') {
      onEscape();
    }
  };

  return { search, trimmed, isStale, activeIndex, showResults, hasHits, onKeyDown };
}
