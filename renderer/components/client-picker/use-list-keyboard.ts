import { useState, type KeyboardEvent } from 'react';

/** What one key does to a list whose highlight the text box moves (null: not the list's key). */
export type ListKeyStep =
  | { kind: 'move'; index: number }
  /** An arrow on an empty list: nothing to move, but the caret must not jump either. */
  | { kind: 'stay' }
  | { kind: 'enter' }
  | { kind: 'escape' };

/** Arrows move the highlight round the list (past the last back to the first), Enter picks. */
export function listKeyStep(key: string, activeIndex: number, count: number): ListKeyStep | null {
  if (key === 'ArrowDown' || key === 'ArrowUp') {
    if (count === 0) return { kind: 'stay' };
    const step = key === 'ArrowDown' ? 1 : -1;
    return { kind: 'move', index: (activeIndex + step + count) % count };
  }
  if (key === 'Enter') return { kind: 'enter' };
  if (key === 'Escape') return { kind: 'escape' };
  return null;
}

/** The highlight belongs to one list: a new list (new results) starts again at its first item. */
export interface ListHighlight<T> {
  index: number;
  forItems: readonly T[];
}

export function highlightedIndex<T>(highlight: ListHighlight<T>, items: readonly T[]): number {
  return highlight.forItems === items ? highlight.index : 0;
}

export interface ListKeyboardActions<T> {
  /** Enter, with the highlighted item (undefined on an empty list). */
  onEnter: (active: T | undefined) => void;
  onEscape: () => void;
}

export interface ListKeyboard {
  activeIndex: number;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}

/**
 * The keyboard of a text box that controls a list (aria-activedescendant): the focus stays in
 * the box, so typing goes on while the arrows move the highlight. Enter never submits a
 * surrounding form; Escape is left to bubble, so a dialog can close on a second press.
 */
export function useListKeyboard<T>(
  items: readonly T[],
  actions: ListKeyboardActions<T>,
): ListKeyboard {
  const [highlight, setHighlight] = useState<ListHighlight<T>>({ index: 0, forItems: items });
  const activeIndex = highlightedIndex(highlight, items);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const step = listKeyStep(event.key, activeIndex, items.length);
    if (step === null) return;
    if (step.kind !== 'escape') event.preventDefault();
    if (step.kind === 'move') setHighlight({ index: step.index, forItems: items });
    else if (step.kind === 'enter') actions.onEnter(items[activeIndex]);
    else if (step.kind === 'escape') actions.onEscape();
  };

  return { activeIndex, onKeyDown };
}
