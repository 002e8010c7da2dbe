import type { UserSummary } from '../contract/users.ts';
import { readSiteId } from '../changes/index.ts';
import { prepared, type Store } from '../store.ts';
import { nameKey } from './sign-in-attempts.ts';
import { toRole } from '../contract/user-roles.ts';

interface UserRow {
  id: string;
  name: string;
  role: string;
  site_id: string | null;
  password_hash: string;
  is_disabled: number;
}

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

const columns = 'id, name, role, site_id, password_hash, is_disabled';

export function listUsers(store: Store): StoredUser[] {
  const rows = prepared(
    store,
    `SELECT ${columns} FROM users WHERE deleted = 0 ORDER BY name COLLATE NOCASE, id`,
  ).all() as UserRow[];
  return rows.map(toStoredUser);
}

export function findUserById(store: Store, id: string): StoredUser | null {
  const row = prepared(store, `SELECT ${columns} FROM users WHERE id = ? AND deleted = 0`).get(
    id,
  ) as UserRow | undefined;
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
  const columns = prepared(store, "SELECT name FROM pragma_table_info('users')")
    .pluck()
    .all() as string[];
  if (!columns.includes('password_hash')) return false;
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
  return (
    prepared(
      store,
      `SELECT EXISTS (SELECT 1 FROM users
         WHERE deleted = 0 AND is_disabled = 0 AND password_hash != ''
           AND site_id = (SELECT value FROM local_meta WHERE key = 'site_id'))`,
    )
      .pluck()
      .get() === 1
  );
}

export function toUserSummary(store: Store, user: StoredUser): UserSummary {
  const site =
    user.siteId === null
      ? undefined
      : (prepared(store, 'SELECT name, town FROM sites WHERE id = ?').get(user.siteId) as
          { name: string; town: string } | undefined);
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
