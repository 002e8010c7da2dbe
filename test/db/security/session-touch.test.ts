import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi } from '../../../db/api.ts';
import { openTempStore } from '../../helpers/temp-database.ts';
import { addRoleUsers, call, roleUsers, signedIn } from './signed-in-api.ts';

/*
 * session.touch: the screen's keep-alive while someone types without saving (renderer
 * use-idle-lock.ts). For a signed-in user of any role it counts as activity, so the 15-minute
 * idle lock starts again; it does not reach past a lock or a sign-out, as no call does.
 */

let clock = Date.parse('2026-12-04T09:00:00Z');
let temp: Awaited<ReturnType<typeof openTempStore>>;
beforeEach(async () => {
  clock = Date.parse('2026-12-04T09:00:00Z');
  temp = await openTempStore({ now: () => clock });
  await addRoleUsers(temp.store);
});
afterEach(() => temp.close());

const minutes = (count: number) => count * 60_000;

describe('session.touch', () => {
  it('keeps any role’s session open past 15 minutes of calls that are only touches', async () => {
    for (const name of Object.values(roleUsers)) {
      const api = await signedIn(temp.store, name);
      for (let step = 0; step < 4; step++) {
        clock += minutes(10);
        expect(await call(api, 'session.touch')).toMatchObject({ user: { name }, isLocked: false });
      }
      // 40 minutes after signing in, and still open: the touches counted.
      expect(await call(api, 'session.status')).toMatchObject({ isLocked: false });
    }
  });

  it('does not count when polling only (session.status), and does not open a lock', async () => {
    const api = await signedIn(temp.store, roleUsers.lecturer);
    clock += minutes(10);
    await call(api, 'session.status');
    clock += minutes(10);
    const touched = await api.invoke('session.touch', {}, 'cs');
    expect(touched).toMatchObject({ ok: false, error: { code: 'SESSION_LOCKED' } });
  });

  it('is refused before anyone signs in', async () => {
    const result = await createApi(temp.store).invoke('session.touch', {}, 'cs');
    expect(result).toMatchObject({ ok: false, error: { code: 'SIGN_IN_REQUIRED' } });
  });
});
