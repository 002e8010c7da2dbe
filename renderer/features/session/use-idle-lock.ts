import { useEffect } from 'react';
import { call } from '../../api.ts';
import { useSessionStore } from '../../state/session-store.ts';
import { lockSession } from './session-actions.ts';

/** What counts as someone at the keyboard. */
const activityEvents = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;
const checkEveryMs = 5_000;

/**
 * Locks the screen after the API's idle time without keyboard or mouse activity (issue 12: 15
 * minutes). The API counts only calls as activity, so while someone is typing a long note
 * without saving, the screen tells the API now and then that they are still there
 * (session.touch) — else their save would meet a session the API had locked meanwhile.
 */
export function useIdleLock(): void {
  const isActive = useSessionStore(
    (state) => state.phase === 'open' && state.status?.isSignInRequired === true,
  );
  const idleLockMinutes = useSessionStore((state) => state.status?.idleLockMinutes ?? 15);

  useEffect(() => {
    if (!isActive) return;
    const idleMs = idleLockMinutes * 60_000;
    // Well inside the API's own window, so a keep-alive always lands before it runs out.
    const keepAliveMs = idleMs / 3;
    let lastActivity = Date.now();
    let lastKeepAlive = lastActivity;
    const noteActivity = () => {
      lastActivity = Date.now();
    };
    for (const name of activityEvents) {
      window.addEventListener(name, noteActivity, { capture: true, passive: true });
    }
    const timer = window.setInterval(() => {
      const now = Date.now();
      if (now - lastActivity >= idleMs) {
        void lockSession();
        return;
      }
      if (lastActivity > lastKeepAlive && now - lastKeepAlive >= keepAliveMs) {
        lastKeepAlive = now;
        void call('session.touch', {});
      }
    }, checkEveryMs);
    return () => {
      window.clearInterval(timer);
      for (const name of activityEvents) {
        window.removeEventListener(name, noteActivity, { capture: true });
      }
    };
  }, [isActive, idleLockMinutes]);
}
