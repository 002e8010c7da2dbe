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
