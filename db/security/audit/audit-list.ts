import type { AuditEntry, AuditListInput } from '../../contract/users.ts';
import { PristavError } from '../../errors.ts';
import { prepared, type Store } from '../../store.ts';
import { findUserByName } from '../user-queries.ts';

interface Row {
  at: string;
  action: string;
  user_id: string | null;
  user_name: string | null;
  site_id: string | null;
  client_id: string | null;
  detail: string;
}

/**
 * The read and change audit (admin): the per-client entries (opened, created, changed, merged,
 * exported, anonymised) and the report drill-downs and exports, newest first, filtered by
 * client, user and days (`to` inclusive).
 */
export function listAudit(store: Store, input: AuditListInput = {}): AuditEntry[] {
  const filters: string[] = [];
  const params: (string | null)[] = [];
  if (input.clientId !== undefined) {
    filters.push('client_id = ?');
    params.push(input.clientId);
  }
  if (input.userName !== undefined) {
    const user = findUserByName(store, input.userName);
    if (!user) throw new PristavError('USER_NOT_FOUND', { user: input.userName });
    filters.push('user_id = ?');
    params.push(user.id);
  }
  if (input.from !== undefined) {
    filters.push('at >= ?');
    params.push(input.from);
  }
  if (input.to !== undefined) {
    filters.push('at < ?');
    params.push(`${input.to}T99`);
  }
  const where = filters.length > 0 ? `WHERE ${filters.join(' AND ')}` : '';
  const rows = prepared(
    store,
    `SELECT e.*, u.name AS user_name FROM (
       SELECT at, action, user_id, site_id, client_id, '' AS detail FROM audit_log
       UNION ALL
       SELECT at, action, user_id, site_id, NULL AS client_id, detail FROM access_log) e
     LEFT JOIN users u ON u.id = e.user_id
     ${where}
     ORDER BY e.at DESC LIMIT 100000`,
  ).all(...params) as Row[];
  return rows.map((row) => ({
    at: row.at,
    action: row.action,
    userId: row.user_id,
    userName: row.user_name ?? '',
    siteId: row.site_id,
    clientId: row.client_id,
    detail: row.detail,
  }));
}
