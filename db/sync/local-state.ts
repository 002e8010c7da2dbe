import { type StoredSiteKeys } from './file/index.ts';
import { readLocalMeta, writeLocalMeta } from '../changes/index.ts';
import type { Store } from '../store.ts';

/*
 * What this computer alone knows about sync: its organisation, its private keys, its sync
 * folder. Kept in local_meta, which never travels. The private keys are as safe as the
 * database file: encrypted at rest when the database is (issue 12 makes that the default).
 */

export function readOrganisationId(store: Store): string | null {
  return readLocalMeta(store, 'organisation_id');
}

export function writeOrganisationId(store: Store, id: string): void {
  writeLocalMeta(store, 'organisation_id', id);
}

export function readStoredKeys(store: Store): StoredSiteKeys | null {
  const text = readLocalMeta(store, 'site_keys');
  return text === null ? null : (JSON.parse(text) as StoredSiteKeys);
}

export function writeStoredKeys(store: Store, keys: StoredSiteKeys): void {
  writeLocalMeta(store, 'site_keys', JSON.stringify(keys));
}

export function readSyncFolder(store: Store): string | null {
  return readLocalMeta(store, 'sync_folder');
}

export function writeSyncFolder(store: Store, folder: string | null): void {
  writeLocalMeta(store, 'sync_folder', folder);
}
