import { readSiteId } from '../changes/index.ts';
import { prepared, type Store } from '../store.ts';

/**
 * Records that someone saw a list of people behind a report figure, or took the report away as
 * a file (issue 12.2): who, when, and what — the period, town and list, never the names.
 */
export function recordAccess(
  store: Store,
  entry: { action: 'drilldown' | 'report_export'; userId: string | null; detail: string },
): void {
  prepared(
    store,
    'INSERT INTO access_log (at, user_id, site_id, action, detail) VALUES (?, ?, ?, ?, ?)',
  ).run(
    new Date(store.now()).toISOString(),
    entry.userId,
    readSiteId(store),
    entry.action,
    entry.detail,
  );
}
