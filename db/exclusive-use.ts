import type { Store } from './store.ts';

/*
 * A job that holds one write transaction open across turns of the event loop (the legacy
 * import, a sync import) must have the connection to itself from its checks to its commit: a
 * call run meanwhile would write into its transaction, or read rows it may yet roll back. API
 * calls wait here first (db/api.ts); such jobs take the database in turn.
 */

interface Holder {
  /** Resolves when the current holder lets go; null when nobody holds the database. */
  released: Promise<void> | null;
}

const holders = new WeakMap<Store, Holder>();

function holderOf(store: Store): Holder {
  let holder = holders.get(store);
  if (!holder) {
    holder = { released: null };
    holders.set(store, holder);
  }
  return holder;
}

/** Resolves once no job holds the database (at once when none does). */
export async function waitForExclusiveUse(store: Store): Promise<void> {
  const holder = holderOf(store);
  while (holder.released) await holder.released;
}

/** Waits for the database, takes it, and returns the function that gives it back. */
export async function takeExclusiveUse(store: Store): Promise<() => void> {
  const holder = holderOf(store);
  await waitForExclusiveUse(store);
  let release = () => {};
  holder.released = new Promise((resolve) => {
    release = () => {
      holder.released = null;
      resolve();
    };
  });
  return release;
}

export function isHeldExclusively(store: Store): boolean {
  return holderOf(store).released !== null;
}
