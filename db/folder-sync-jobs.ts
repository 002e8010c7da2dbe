import type { SyncRunRecord } from './contract/sync-run-words.ts';
import type { Store } from './store.ts';

/*
 * The folder sync jobs of each open store (db/sync/folder-sync-job.ts runs them). Kept below the
 * domains so that a restore (db/security/backups) can wait for a running sync without importing
 * db/sync, which itself takes backups: no import cycle between the two folders.
 */

export interface FolderSyncJob {
  /** Without language: the API words it when asked (describeSyncRun). */
  status: SyncRunRecord;
  controller: AbortController;
}

const jobsByStore = new WeakMap<Store, Map<string, FolderSyncJob>>();

export function jobsOf(store: Store): Map<string, FolderSyncJob> {
  let jobs = jobsByStore.get(store);
  if (!jobs) {
    jobs = new Map();
    jobsByStore.set(store, jobs);
  }
  return jobs;
}

/** Whether "Synchronizovat" is running on this store (a restore waits for it to end). */
export function isFolderSyncRunning(store: Store): boolean {
  return [...jobsOf(store).values()].some((job) => job.status.state === 'running');
}
