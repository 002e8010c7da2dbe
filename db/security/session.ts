import type { SessionState } from '../api-types.ts';
import type { User } from '../contract/domain.ts';
import type { MethodName } from '../contract/method-names.ts';
import { PristavError } from '../errors.ts';
import { getCurrentUser } from '../site/site-queries.ts';
import type { Store } from '../store.ts';
import { isAllowed, publicMethods } from './permissions.ts';
import { permissionDenied } from './permission-labels.ts';
import { findUserById, findUserByName, isSignInRequired } from './user-queries.ts';

/** A session locks after this long without a call (issue 12: 15 minutes idle). */
export const idleLockMinutes = 15;
const idleLockMs = idleLockMinutes * 60_000;

/** Calls a screen makes on its own (polling): they do not count as someone at the keyboard. */
const pollingMethods: ReadonlySet<MethodName> = new Set([
  'app.health',
  'app.info',
  'session.status',
  'import.status',
  'sync.runStatus',
]);

export function createSessionState(): SessionState {
  return { userId: null, lastActivity: 0, isLocked: false };
}

/**
 * The user a call acts for, after the one permission check of the app: signed in (and not idle
 * too long) where sign-in is required, else — a database whose users have no password yet —
 * this site's first administrator, as before sign-in existed. Public methods act for whoever is
 * signed in, or for nobody.
 */
export function authorise(store: Store, session: SessionState, method: MethodName): User | null {
  const isPublic = publicMethods.has(method);
  if (!isSignInRequired(store)) {
    const user = getCurrentUser(store);
    if (user && !isAllowed(user.role, method)) throw denied(user, method);
    return user;
  }
  const signedIn = session.userId === null ? null : findUserById(store, session.userId);
  if (signedIn === null || signedIn.isDisabled) {
    if (session.userId !== null) Object.assign(session, createSessionState());
    if (isPublic) return null;
    throw new PristavError('SIGN_IN_REQUIRED');
  }
  const now = store.now();
  if (!session.isLocked && now - session.lastActivity > idleLockMs) session.isLocked = true;
  if (session.isLocked) {
    if (isPublic) return null;
    throw new PristavError('SESSION_LOCKED', { user: signedIn.name });
  }
  const user: User = { id: signedIn.id, name: signedIn.name, role: signedIn.role };
  if (!isAllowed(user.role, method)) throw denied(user, method);
  if (!pollingMethods.has(method)) session.lastActivity = now;
  return user;
}

function denied(user: User, method: MethodName): PristavError {
  return permissionDenied(user, method);
}

/** The first administrator, just created with a password, goes on signed in (first run, join). */
export function signInAfterSetUp(store: Store, session: SessionState, name: string): void {
  const user = findUserByName(store, name);
  if (user) Object.assign(session, { userId: user.id, lastActivity: store.now(), isLocked: false });
}
