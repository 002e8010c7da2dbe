import { useEffect, useState, useSyncExternalStore } from 'react';
import { useLocation } from 'react-router';
import { call } from '../../api.ts';

// Screens that change the queue (an import, a choice saved) tell the menu's badge to ask again.
const listeners = new Set<() => void>();
let generation = 0;

/** Tells the menu's "K posouzení" count that the review queue may have changed. */
export function notifyReviewChanged(): void {
  generation++;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * How many items wait in the review queue, for the menu's badge: asked again on every page
 * change and whenever a screen reports a change. A failure shows no badge rather than an error
 * in the menu.
 */
export function useReviewCount(isAllowed = true): number {
  const changes = useSyncExternalStore(subscribe, () => generation);
  const { pathname } = useLocation();
  const [count, setCount] = useState(0);
  useEffect(() => {
    if (!isAllowed) return;
    let isCurrent = true;
    void call('sync.status', {}).then((result) => {
      if (isCurrent) setCount(result.ok ? result.value.reviewCount : 0);
    });
    return () => {
      isCurrent = false;
    };
  }, [changes, pathname, isAllowed]);
  return isAllowed ? count : 0;
}
