import { sql } from 'kysely';
import type { AuditEntry, AuditListInput } from '../../contract/users.ts';
import { PristavError } from '../../errors.ts';
import { selectAll } from '../../query.ts';
import type { Store } from '../../store.ts';
import { findUserByName } from '../user-queries.ts';

/**
 * The read and change audit (admin): the per-client entries (opened, created, changed, merged,
 * exported, anonymised) and the report drill-downs and exports, newest first, filtered by
 * client, user and days (`to` inclusive).
 */
export function listAudit(store: Store, input: AuditListInput = {}): AuditEntry[] {
  const userId = input.userName === undefined ? undefined : userIdOf(store, input.userName);
  // Both logs as one list: the per-client audit has no detail, the access log no client.
  const entries = store.db
    .selectFrom('audit_log')
    .select((eb) => [
      'at',
      eb.ref('action').$castTo<string>().as('action'),
      'user_id',
      'site_id',
      eb.ref('client_id').$castTo<string | null>().as('client_id'),
      sql<string>`''`.as('detail'),
    ])
    .unionAll(
      store.db
        .selectFrom('access_log')
        .select((eb) => [
          'at',
          eb.ref('action').$castTo<string>().as('action'),
          'user_id',
          'site_id',
          sql<string | null>`NULL`.as('client_id'),
          'detail',
        ]),
    );
  let query = store.db
    .selectFrom(entries.as('e'))
    .leftJoin('users as u', 'u.id', 'e.user_id')
    .selectAll('e')
    .select('u.name as user_name');
  if (input.clientId !== undefined) query = query.where('e.client_id', '=', input.clientId);
  if (userId !== undefined) query = query.where('e.user_id', '=', userId);
  if (input.from !== undefined) query = query.where('e.at', '>=', input.from);
  if (input.to !== undefined) query = query.where('e.at', '<', `${input.to}T99`);
  const rows = selectAll(store, query.orderBy('e.at', 'desc').limit(100000));
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

function userIdOf(store: Store, userName: string): string {
  const user = findUserByName(store, userName);
  if (!user) throw new PristavError('USER_NOT_FOUND', { user: userName });
  return user.id;
}
