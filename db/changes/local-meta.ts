import { execute, selectFirst } from '../query.ts';
import { prepared, type Store } from '../store.ts';

// raw SQL: the write path runs these per field written, ~7 µs each (bench write-path: ~700 ms for
// 100 002 values); Kysely's compile would add ~4.6 µs per statement (bench query-builder).

/** Facts about this installation that never sync (which site this database belongs to). */
export function readSiteId(store: Store): string | null {
  const row = prepared(store, "SELECT value FROM local_meta WHERE key = 'site_id'").get() as
    { value: string } | undefined;
  return row?.value ?? null;
}

export function writeSiteId(store: Store, siteId: string): void {
  prepared(store, "INSERT INTO local_meta (key, value) VALUES ('site_id', ?)").run(siteId);
}

/** A value of local_meta (this computer's own settings, never synced), or null. */
export function readLocalMeta(store: Store, key: string): string | null {
  const row = selectFirst(
    store,
    store.db.selectFrom('local_meta').select('value').where('key', '=', key),
  );
  return typeof row?.value === 'string' ? row.value : null;
}

/** Sets a value of local_meta; null removes it. */
export function writeLocalMeta(store: Store, key: string, value: string | null): void {
  if (value === null) {
    execute(store, store.db.deleteFrom('local_meta').where('key', '=', key));
    return;
  }
  execute(
    store,
    store.db
      .insertInto('local_meta')
      .values({ key, value })
      .onConflict((conflict) =>
        conflict.column('key').doUpdateSet((eb) => ({ value: eb.ref('excluded.value') })),
      ),
  );
}
