import type { ApiError, SessionStatus } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { type SignInNotice, useSessionStore } from '../../state/session-store.ts';

/*
 * What the sign-in, lock and user-menu screens ask of the API; each answer becomes the
 * session store's state, so every screen follows the API's own session.
 */

const adopt = (status: SessionStatus, notice?: SignInNotice) =>
  useSessionStore.getState().adopt(status, notice);

/** Asks who is signed in (at start). */
export async function loadSession(): Promise<ApiError | null> {
  const result = await call('session.status', {});
  if (!result.ok) return result.error;
  adopt(result.value);
  return null;
}

/** Signs in (or unlocks); answers the API's message when it refuses. */
export async function signIn(userName: string, password: string): Promise<string | null> {
  const result = await call('session.signIn', { userName, password });
  if (!result.ok) return result.error.message;
  adopt(result.value);
  return null;
}

/**
 * Unlocks an encrypted database at start: the name and password open it and sign in, in one
 * step (database.unlock). Answers the API's message when it refuses — a wrong password, the
 * wait after repeated failures; then nothing was opened.
 */
export async function unlockDatabase(userName: string, password: string): Promise<string | null> {
  const result = await call('database.unlock', { userName, password });
  if (!result.ok) return result.error.message;
  adopt(result.value);
  return null;
}

/** Locks the session now: the API refuses every call until the same user signs in again. */
export async function lockSession(): Promise<void> {
  const { status } = useSessionStore.getState();
  const result = await call('session.lock', {});
  // Locked here even if the API could not be told: the screen must not stay open.
  if (result.ok) adopt(result.value);
  else if (status) adopt({ ...status, isLocked: true });
}

/**
 * Signs out: the sign-in screen replaces the app, and the next person starts on the home page,
 * not on the page (and record) the last one had open.
 */
export async function signOut(notice: SignInNotice): Promise<void> {
  const { status } = useSessionStore.getState();
  const result = await call('session.signOut', {});
  window.location.hash = '#/';
  if (result.ok) adopt(result.value, notice);
  else if (status) adopt({ ...status, user: null, isLocked: false }, notice);
}
