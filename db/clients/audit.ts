import type { AuditLogTable } from '../schema.ts';
import { prepared, type Store } from '../store.ts';

/**
 * Records who created, changed, merged or opened a client record. Local and append-only
 * (triggers refuse UPDATE and DELETE): the trail of access to a vulnerable person's data.
 */
export function recordAudit(
  store: Store,
  entry: {
    action: AuditLogTable['action'];
    clientId: string;
    userId: string | null;
    siteId: string | null;
  },
): void {
  // raw SQL: runs once per client an import or a demo fill writes; Kysely would add ~4.6 µs a call (bench query-builder)
  prepared(
    store,
    'INSERT INTO audit_log (at, user_id, site_id, action, client_id) VALUES (?, ?, ?, ?, ?)',
  ).run(
    new Date(store.now()).toISOString(),
    entry.userId,
    entry.siteId,
    entry.action,
    entry.clientId,
  );
}
