import type { AppInfo } from '../contract/domain.ts';
import { listAppliedMigrations } from '../connection/migrate.ts';
import { getCurrentUser, getThisSite } from '../site/site-queries.ts';
import { selectFirst } from '../query.ts';
import type { Store } from '../store.ts';
import { appVersion } from '../version.ts';

function count(store: Store, table: 'ops' | 'sites' | 'users'): number {
  const counted = store.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n'));
  // The change log has no deleted rows; the registry's removed sites and users do not count.
  const query = table === 'ops' ? counted : counted.where('deleted', '=', 0);
  return selectFirst(store, query)?.n ?? 0;
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
