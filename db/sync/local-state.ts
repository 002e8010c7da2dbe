import { type StoredSiteKeys } from './file/index.ts';
import { prepared, type Store } from '../store.ts';

/*
 * What this computer alone knows about sync: its organisation, its private keys, its sync
 * folder. Kept in local_meta, which never travels. The private keys are as safe as the
 * database file: encrypted at rest when the database is (issue 12 makes that the default).
 */

function readMeta(store: Store, key: string): string | null {
  return (
    (prepared(store, 'SELECT value FROM local_meta WHERE key = ?').pluck().get(key) as
      string | undefined) ?? null
  );
}

function writeMeta(store: Store, key: string, value: string | null): void {
  if (value === null) prepared(store, 'DELETE FROM local_meta WHERE key = ?').run(key);
  else
    prepared(
      store,
      `INSERT INTO local_meta (key, value) VALUES (?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    ).run(key, value);
}

export function readOrganisationId(store: Store): string | null {
  return readMeta(store, 'organisation_id');
}

export function writeOrganisationId(store: Store, id: string): void {
  writeMeta(store, 'organisation_id', id);
}

export function readStoredKeys(store: Store): StoredSiteKeys | null {
  const text = readMeta(store, 'site_keys');
  return text === null ? null : (JSON.parse(text) as StoredSiteKeys);
}

export function writeStoredKeys(store: Store, keys: StoredSiteKeys): void {
  writeMeta(store, 'site_keys', JSON.stringify(keys));
}

export function readSyncFolder(store: Store): string | null {
  return readMeta(store, 'sync_folder');
}

export function writeSyncFolder(store: Store, folder: string | null): void {
  writeMeta(store, 'sync_folder', folder);
}
