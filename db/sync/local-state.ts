import { type StoredSiteKeys } from './file/index.ts';
import { execute, selectFirst } from '../query.ts';
import type { Store } from '../store.ts';

/*
 * What this computer alone knows about sync: its organisation, its private keys, its sync
 * folder. Kept in local_meta, which never travels. The private keys are as safe as the
 * database file: encrypted at rest when the database is (issue 12 makes that the default).
 */

function readMeta(store: Store, key: string): string | null {
  const row = selectFirst(
    store,
    store.db.selectFrom('local_meta').select('value').where('key', '=', key),
  );
  return (row?.value as string | undefined) ?? null;
}

function writeMeta(store: Store, key: string, value: string | null): void {
  if (value === null) {
    execute(store, store.db.deleteFrom('local_meta').where('key', '=', key));
    return;
  }
  execute(
    store,
    store.db
      .insertInto('local_meta')
      .values({ key: key, value: value })
      .onConflict((conflict) =>
        conflict.column('key').doUpdateSet((eb) => ({ value: eb.ref('excluded.value') })),
      ),
  );
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
