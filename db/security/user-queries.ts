import type { UserSummary } from '../contract/users.ts';
import { sql } from 'kysely';
import { readSiteId } from '../changes/index.ts';
import { selectAll, selectFirst } from '../query.ts';
import type { Store } from '../store.ts';
import { nameKey } from './sign-in-attempts.ts';
import { toRole } from '../contract/user-roles.ts';
import type { UsersTable } from '../schema.ts';

const columns = ['id', 'name', 'role', 'site_id', 'password_hash', 'is_disabled'] as const;

type UserRow = Pick<UsersTable, (typeof columns)[number]>;

export interface StoredUser {
  id: string;
  name: string;
  role: ReturnType<typeof toRole>;
  siteId: string | null;
  passwordHash: string;
  isDisabled: boolean;
}

function toStoredUser(row: UserRow): StoredUser {
  return {
    id: row.id,
    name: row.name,
    role: toRole(row.role),
    siteId: row.site_id,
    passwordHash: row.password_hash,
    isDisabled: row.is_disabled === 1,
  };
}

export function listUsers(store: Store): StoredUser[] {
  const rows = selectAll(
    store,
    store.db
      .selectFrom('users')
      .select(columns)
      .where('deleted', '=', 0)
      .orderBy(sql`name COLLATE NOCASE`)
      .orderBy('id'),
  );
  return rows.map(toStoredUser);
}

export function findUserById(store: Store, id: string): StoredUser | null {
  const row = selectFirst(
    store,
    store.db.selectFrom('users').select(columns).where('id', '=', id).where('deleted', '=', 0),
  );
  return row ? toStoredUser(row) : null;
}

/**
 * The user a typed name means: case, spacing and diacritics ignored ("petra novakova" is
 * Petra Nováková). Two users whose names fold alike cannot be told apart, so neither is found
 * (users.add refuses such a name).
 */
export function findUserByName(store: Store, name: string): StoredUser | null {
  const key = nameKey(name);
  const matches = listUsers(store).filter((user) => nameKey(user.name) === key);
  if (matches.length <= 1) return matches[0] ?? null;
  // Users travel between offices, and two offices may each have a "Jana Dvořáková": the one
  // of this office is meant here; between others, nobody can tell.
  const here = readSiteId(store);
  const local = matches.filter((user) => user.siteId === here);
  return local.length === 1 ? local[0]! : null;
}

const hasPasswords = new WeakSet<Store>();

/**
 * Whether this schema has passwords at all: a store opened at an older schema (a test of an
 * upgrade writes records through the API first) has none, and nobody needs to sign in there.
 */
function knowsPasswords(store: Store): boolean {
  if (hasPasswords.has(store)) return true;
  const userColumns = selectAll(
    store,
    store.db.selectFrom(sql<{ name: string }>`pragma_table_info('users')`.as('c')).select('name'),
  ).map((column) => column.name);
  if (!userColumns.includes('password_hash')) return false;
  hasPasswords.add(store);
  return true;
}

/**
 * Sign-in is required once an active user of this site has a password. Users travel between
 * offices with their password hashes, so counting other sites' users would lock an office out
 * the day a branch's administrator set a password — with nobody here able to sign in.
 */
export function isSignInRequired(store: Store): boolean {
  if (!knowsPasswords(store)) return false;
  const thisSite = readSiteId(store);
  if (thisSite === null) return false;
  const user = selectFirst(
    store,
    store.db
      .selectFrom('users')
      .select('id')
      .where('deleted', '=', 0)
      .where('is_disabled', '=', 0)
      .where('password_hash', '!=', '')
      .where('site_id', '=', thisSite)
      .limit(1),
  );
  return user !== undefined;
}

export function toUserSummary(store: Store, user: StoredUser): UserSummary {
  const site =
    user.siteId === null
      ? undefined
      : selectFirst(
          store,
          store.db.selectFrom('sites').select(['name', 'town']).where('id', '=', user.siteId),
        );
  return {
    id: user.id,
    name: user.name,
    role: user.role,
    siteId: user.siteId,
    siteName: site ? site.name || site.town : '',
    hasPassword: user.passwordHash !== '',
    isDisabled: user.isDisabled,
  };
}
