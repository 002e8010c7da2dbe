import { beforeEach, describe, expect, it } from 'vitest';
import type { SessionStatus } from '../../../../db/contract/index.ts';
import { useSessionStore } from '../../../../renderer/state/session-store.ts';

const jana = { id: 'u1', name: 'Jana Dvořáková', role: 'lecturer' as const };
const status = (overrides: Partial<SessionStatus>): SessionStatus => ({
  isSignInRequired: true,
  user: null,
  isLocked: false,
  idleLockMinutes: 15,
  ...overrides,
});
const store = () => useSessionStore.getState();

describe('the session as the screens follow it', () => {
  beforeEach(() => {
    useSessionStore.setState({ phase: 'unknown', status: null, notice: null, epoch: 0 });
  });

  it('opens the app straight away where nobody has a password', () => {
    store().adopt(status({ isSignInRequired: false }));
    expect(store().phase).toBe('open');
  });

  it('asks for sign-in, then opens, locks and unlocks', () => {
    store().adopt(status({}));
    expect(store().phase).toBe('signedOut');
    store().adopt(status({ user: jana }));
    expect(store().phase).toBe('open');
    store().refuse('SESSION_LOCKED', store().epoch);
    expect(store().phase).toBe('locked');
    store().adopt(status({ user: jana }));
    expect(store().phase).toBe('open');
  });

  it('ignores a refusal answered to a call sent before the last sign-in', () => {
    store().adopt(status({ user: jana }));
    const sentAt = store().epoch;
    store().refuse('SESSION_LOCKED', sentAt);
    store().adopt(status({ user: jana }));
    // A call sent while locked comes back "locked" after the unlock: it must not lock again.
    store().refuse('SESSION_LOCKED', sentAt);
    expect(store().phase).toBe('open');
    store().refuse('SIGN_IN_REQUIRED', store().epoch);
    expect(store().phase).toBe('signedOut');
    expect(store().notice).toBe('expired');
  });
});
