import type { AppInfo } from '../contract/domain.ts';
import { listAppliedMigrations } from '../connection/migrate.ts';
import { getCurrentUser, getThisSite } from '../site/site-queries.ts';
import { prepared, type Store } from '../store.ts';
import { appVersion } from '../version.ts';

function count(store: Store, table: 'ops' | 'sites' | 'users'): number {
  const where = table === 'ops' ? '' : ' WHERE deleted = 0';
  return (prepared(store, `SELECT count(*) AS n FROM ${table}${where}`).get() as { n: number }).n;
}

/** What the home screen and `pristav info` show about this installation. */
export async function getAppInfo(store: Store): Promise<AppInfo> {
  return {
    version: appVersion,
    schemaVersion: (await listAppliedMigrations(store.db)).length,
    site: getThisSite(store),
    user: getCurrentUser(store),
    counts: {
      ops: count(store, 'ops'),
      sites: count(store, 'sites'),
      users: count(store, 'users'),
    },
    health: store.health,
  };
}
