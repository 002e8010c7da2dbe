import { useEffect, useState, type ReactNode } from 'react';
import type { ApiError } from '../../../db/contract/index.ts';
import { useSessionStore } from '../../state/session-store.ts';
import { StartupErrorScreen } from '../startup/StartupErrorScreen.tsx';
import { StartupLoading } from '../startup/StartupLoading.tsx';
import { LockScreen } from './LockScreen.tsx';
import { loadSession } from './session-actions.ts';
import { SignInScreen } from './SignInScreen.tsx';
import { useIdleLock } from './use-idle-lock.ts';

/**
 * Between a set-up site and the app: the sign-in screen while nobody is signed in (once users
 * have passwords), the lock screen over the app while the session is locked. A database whose
 * users have no password yet goes straight to the app, as before sign-in existed.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const phase = useSessionStore((state) => state.phase);
  const hasOpened = useSessionStore((state) => state.hasOpened);
  const [error, setError] = useState<ApiError | null>(null);
  useIdleLock();

  useEffect(() => {
    void loadSession().then(setError);
  }, []);

  if (error) return <StartupErrorScreen message={error.message} />;
  if (phase === 'unknown') return <StartupLoading />;
  if (phase === 'signedOut') return <SignInScreen />;
  return (
    <>
      {/* Locked at start (a reload): nothing to keep, so the app waits until unlocked. */}
      {(phase === 'open' || hasOpened) && children}
      {phase === 'locked' && <LockScreen />}
    </>
  );
}
