import { readSiteId } from '../changes/index.ts';
import { execute } from '../query.ts';
import type { Store } from '../store.ts';

/**
 * Records that someone saw a list of people behind a report figure, or took the report away as
 * a file (issue 12.2): who, when, and what — the period, town and list, never the names.
 */
export function recordAccess(
  store: Store,
  entry: { action: 'drilldown' | 'report_export'; userId: string | null; detail: string },
): void {
  execute(
    store,
    store.db.insertInto('access_log').values({
      at: new Date(store.now()).toISOString(),
      user_id: entry.userId,
      site_id: readSiteId(store),
      action: entry.action,
      detail: entry.detail,
    }),
  );
}
