import type { Site, User } from '../contract/domain.ts';
import type { SiteCreateInput } from '../contract/schemas.ts';
import { readSiteId, runWrite, writeRow, writeSiteId } from '../changes/index.ts';
import { PristavError } from '../errors.ts';
import { newId } from '../ids.ts';
import { selectFirst } from '../query.ts';
import type { SitesTable, UsersTable } from '../schema.ts';
import { prepared, type Store } from '../store.ts';
import { toRole } from '../contract/user-roles.ts';

export function toSite(row: SitesTable): Site {
  return { id: row.id, name: row.name, town: row.town, isHq: row.is_hq === 1 };
}

export function toUser(row: UsersTable): User {
  return { id: row.id, name: row.name, role: toRole(row.role) };
}

/** This installation's site, or null before the first-run setup. */
export function getThisSite(store: Store): Site | null {
  const siteId = readSiteId(store);
  if (siteId === null) return null;
  const row = selectFirst(store, store.db.selectFrom('sites').selectAll().where('id', '=', siteId));
  return row ? toSite(row) : null;
}

/**
 * The user a database without passwords acts for: this site's first administrator (once a user
 * has a password, the signed-in user acts instead: db/security/session.ts).
 */
export function getCurrentUser(store: Store): User | null {
  const siteId = readSiteId(store);
  if (siteId === null) return null;
  // raw SQL: asked on every API call (db/security/session.ts); Kysely would add ~4.6 µs a call (bench query-builder)
  const row = prepared(
    store,
    'SELECT * FROM users WHERE site_id = ? AND deleted = 0 ORDER BY id LIMIT 1',
  ).get(siteId) as UsersTable | undefined;
  return row ? toUser(row) : null;
}

/**
 * First run: gives this database its site and first administrator, recorded in the change log
 * like every other write, all in one transaction. `ids` are given only by a demo data set that
 * must come out the same on every run.
 */
export function createSite(
  store: Store,
  input: SiteCreateInput,
  ids: { siteId: string; userId: string } = { siteId: newId(), userId: newId() },
  passwordHash = '',
): Site {
  return store.sqlite
    .transaction(() => {
      const existing = getThisSite(store);
      if (existing) throw new PristavError('ALREADY_INITIALISED', { site: existing.name });
      const { siteId, userId } = ids;
      writeSiteId(store, siteId);
      runWrite(store, userId, (w) => {
        writeRow(w, 'sites', siteId, { name: input.name, town: input.town, is_hq: input.isHq });
        writeRow(w, 'users', userId, {
          name: input.adminName,
          role: 'admin',
          site_id: siteId,
          // Only when set: a database at an older schema (a test's, an upgrade's) has no column.
          ...(passwordHash === '' ? {} : { password_hash: passwordHash }),
        });
      });
      return { id: siteId, name: input.name, town: input.town, isHq: input.isHq };
    })
    .immediate();
}
