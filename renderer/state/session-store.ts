import { create } from 'zustand';
import type { ErrorCode, SessionStatus } from '../../db/contract/index.ts';

/**
 * Where the person at the screen stands with the API: still asking, signed out (the sign-in
 * screen), working, or locked (the lock screen over the app). Kept in memory only, as the
 * API's own session is: a reload asks session.status again.
 */
export type SessionPhase = 'unknown' | 'signedOut' | 'open' | 'locked';

/** Why the sign-in screen is shown, when it is not the app's start. */
export type SignInNotice = 'signedOut' | 'expired' | null;

interface SessionState {
  phase: SessionPhase;
  status: SessionStatus | null;
  notice: SignInNotice;
  /**
   * Counts sign-ins: an answer to a call sent before the latest sign-in cannot lock or sign
   * out the session that began after it.
   */
  epoch: number;
  /** Whether the app has been shown since the last sign-in (the lock screen keeps it below). */
  hasOpened: boolean;
  /** A session.status / signIn / lock / signOut answer. */
  adopt: (status: SessionStatus, notice?: SignInNotice) => void;
  /** A call answered SIGN_IN_REQUIRED or SESSION_LOCKED. */
  refuse: (code: ErrorCode, epoch: number) => void;
}

function phaseOf(status: SessionStatus): SessionPhase {
  if (!status.isSignInRequired) return 'open';
  if (status.user === null) return 'signedOut';
  return status.isLocked ? 'locked' : 'open';
}

export const useSessionStore = create<SessionState>()((set, get) => ({
  phase: 'unknown',
  status: null,
  notice: null,
  epoch: 0,
  hasOpened: false,
  adopt: (status, notice = null) => {
    const previous = get();
    const phase = phaseOf(status);
    const isNewSession =
      phase === 'open' && (previous.phase === 'signedOut' || previous.phase === 'locked');
    set({
      status,
      phase,
      notice: phase === 'signedOut' ? notice : null,
      epoch: isNewSession ? previous.epoch + 1 : previous.epoch,
      hasOpened: phase === 'signedOut' ? false : previous.hasOpened || phase === 'open',
    });
  },
  refuse: (code, epoch) => {
    const { phase, status, epoch: current } = get();
    if (epoch !== current || status === null) return;
    if (code === 'SIGN_IN_REQUIRED' && phase !== 'signedOut') {
      set({
        phase: 'signedOut',
        status: { ...status, isSignInRequired: true, user: null, isLocked: false },
        notice: 'expired',
        hasOpened: false,
      });
    } else if (code === 'SESSION_LOCKED' && phase === 'open') {
      set({ phase: 'locked', status: { ...status, isLocked: true } });
    }
  },
}));

/** The session's epoch when a call is sent (the API client outside React). */
export function currentSessionEpoch(): number {
  return useSessionStore.getState().epoch;
}
