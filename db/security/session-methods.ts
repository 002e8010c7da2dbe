import type { MethodDefinition, SessionState } from '../api-types.ts';
import type { SessionStatus } from '../contract/users.ts';
import { PristavError } from '../errors.ts';
import type { Store } from '../store.ts';
import { verifyPassword } from './passwords.ts';
import { sealKeyEntry } from './database-keys/key-entries.ts';
import { createSessionState, idleLockMinutes } from './session.ts';
import { clearFailures, recordFailure, waitBeforeAttempt } from './sign-in-attempts.ts';
import { findUserById, findUserByName, isSignInRequired } from './user-queries.ts';

type SessionMethod =
  | 'database.unlock'
  | 'session.status'
  | 'session.signIn'
  | 'session.signOut'
  | 'session.lock'
  | 'session.touch';

export function sessionStatus(store: Store, session: SessionState): SessionStatus {
  const user = session.userId === null ? null : findUserById(store, session.userId);
  return {
    isSignInRequired: isSignInRequired(store),
    user: user ? { id: user.id, name: user.name, role: user.role } : null,
    isLocked: session.isLocked,
    idleLockMinutes,
  };
}

/**
 * Name and password (or PIN). A wrong one counts towards the delay whether or not the name
 * exists, and the answer is the same for both, so it does not tell who has an account.
 */
async function signIn(
  store: Store,
  session: SessionState,
  input: { userName: string; password: string },
): Promise<SessionStatus> {
  const wait = waitBeforeAttempt(store, input.userName);
  if (wait > 0) throw new PristavError('SIGN_IN_WAIT', { seconds: Math.ceil(wait / 1000) });
  const user = findUserByName(store, input.userName);
  const isRight =
    user !== null &&
    !user.isDisabled &&
    user.passwordHash !== '' &&
    (await verifyPassword(input.password, user.passwordHash));
  if (!isRight) {
    recordFailure(store, input.userName);
    throw new PristavError('SIGN_IN_FAILED');
  }
  clearFailures(store, input.userName);
  // A user who came from another office in a sync file has no entry in the key file yet, and
  // one whose password was changed there has a stale one. A damaged key file must not stop a
  // sign-in to a database that is already open.
  await sealKeyEntry(store, user, input.password, { onlyIfStale: true })
    .then((save) => save())
    .catch(() => {});
  Object.assign(session, { userId: user.id, lastActivity: store.now(), isLocked: false });
  return sessionStatus(store, session);
}

export const sessionMethods: { [M in SessionMethod]: MethodDefinition<M> } = {
  // The database is open already (its key came from the OS keystore, or another window
  // unlocked it): name and password only sign in. While it is locked, db/start-app.ts answers.
  'database.unlock': {
    handler: ({ store, session }, input) => signIn(store, session, input),
  },
  'session.status': {
    handler: ({ store, session }) => sessionStatus(store, session),
    isAllowedBeforeSetup: true,
    isAnsweredDuringImport: true,
  },
  'session.signIn': {
    handler: ({ store, session }, input) => signIn(store, session, input),
  },
  'session.signOut': {
    handler: ({ store, session }) => {
      Object.assign(session, createSessionState());
      return sessionStatus(store, session);
    },
    isAllowedBeforeSetup: true,
  },
  'session.lock': {
    handler: ({ store, session }) => {
      session.isLocked = true;
      return sessionStatus(store, session);
    },
  },
  // The permission check has just counted this call as activity (session.ts): nothing to do.
  'session.touch': {
    handler: ({ store, session }) => sessionStatus(store, session),
  },
};
