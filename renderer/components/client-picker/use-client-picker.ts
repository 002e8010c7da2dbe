import type { KeyboardEvent } from 'react';
import type { ClientSummary } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { type ClientSearch, useClientSearch } from './use-client-search.ts';
import { useListKeyboard } from './use-list-keyboard.ts';

export interface ClientPickerState {
  search: ClientSearch;
  /** The hits answer older text than the box holds (the search is debounced). */
  isStale: boolean;
  activeIndex: number;
  /** There is text and an answer to show (hits, "none" or an error). */
  showResults: boolean;
  hasHits: boolean;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}

/**
 * The search behind every "type a name, pick a client" box: the list keyboard over the
 * search's hits, with Enter answering the text in the box even when it is faster than the
 * debounced search.
 */
export function useClientPicker(
  text: string,
  onPick: (client: ClientSummary) => void | Promise<void>,
  onEscape: () => void,
): ClientPickerState {
  const search = useClientSearch(text);
  const trimmed = text.trim();
  const isStale = search.resultsFor !== trimmed;
  const showResults = trimmed !== '' && search.resultsFor !== null;
  const hasHits = showResults && search.results.length > 0;

  const pickFor = async (active: ClientSummary | undefined) => {
    if (trimmed === '') return;
    if (!isStale) {
      if (active) await onPick(active);
      return;
    }
    // Enter faster than the search: the best hit for this very text, not an older one.
    const result = await call('clients.search', { text: trimmed, limit: 1 });
    if (result.ok && result.value[0]) await onPick(result.value[0]);
  };
  const keyboard = useListKeyboard(search.results, {
    onEnter: (active) => void pickFor(active),
    onEscape,
  });

  return { search, isStale, showResults, hasHits, ...keyboard };
}
