import type { Store } from '../../store.ts';

/**
 * How the process that holds a store goes on after a restore. The desktop app and the loopback
 * host hold one App (db/open-app.ts) for as long as they run; restoring replaces the file under
 * it, so the App closes its connection, lets the restore move the files, and opens the restored
 * file as its new store — the same API object answers from then on. Registered by openApp();
 * a bare store (a test, a script) has none and is simply closed by a restore.
 */
export interface LiveDatabase {
  /**
   * Closes the store, runs `swap`, and opens the file again as the app's store. When the
   * restored file cannot be opened, runs `undo` and opens the previous file again, then
   * throws. When `swap` throws, it has undone itself: the previous file is opened again.
   */
  replace(swap: () => void, undo: () => void): Promise<void>;
}

const holders = new WeakMap<Store, LiveDatabase>();

export function registerLiveDatabase(store: Store, live: LiveDatabase): void {
  holders.set(store, live);
}

export function liveDatabaseOf(store: Store): LiveDatabase | undefined {
  return holders.get(store);
}
