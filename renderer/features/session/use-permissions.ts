import { useCallback } from 'react';
import { isAllowed, type MethodName, type Role, type User } from '../../../db/contract/index.ts';
import { useSessionStore } from '../../state/session-store.ts';
import { useAppInfo } from '../startup/app-info-context.ts';

/**
 * The user the API acts for: the one signed in, or — on a database where nobody has a password
 * yet — the site's first user, as the API does (db/security/session.ts). Null only where there
 * is no user at all, and then nothing is hidden.
 */
export function useActingUser(): User | null {
  const { user } = useAppInfo();
  const status = useSessionStore((state) => state.status);
  if (status?.isSignInRequired) return status.user;
  return user;
}

export function useRole(): Role | null {
  return useActingUser()?.role ?? null;
}

/**
 * Whether this role may call a method, from the API's own table (db/contract/permissions.ts):
 * the screens hide what the role cannot use; the API still decides.
 */
export function useCan(): (method: MethodName) => boolean {
  const role = useRole();
  return useCallback((method) => role === null || isAllowed(role, method), [role]);
}
