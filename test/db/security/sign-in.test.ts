import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi } from '../../../db/api.ts';
import { openTempStore } from '../../helpers/temp-database.ts';
import { addRoleUsers, call, roleUsers, signedIn, testPassword } from './signed-in-api.ts';

async function refusal(
  promise: Promise<{ ok: boolean; error?: { code: string; message: string } }>,
) {
  const result = await promise;
  expect(result.ok).toBe(false);
  return result.error!;
}

describe('signing in', () => {
  let clock = Date.UTC(2026, 11, 3, 9);
  let temp: Awaited<ReturnType<typeof openTempStore>>;
  beforeEach(async () => {
    clock = Date.UTC(2026, 11, 3, 9);
    temp = await openTempStore({ now: () => clock });
  });
  afterEach(() => temp.close());

  it('a database whose users have no password works as before, for its administrator', async () => {
    const api = createApi(temp.store);
    expect(await call(api, 'session.status')).toMatchObject({ isSignInRequired: false });
    expect(await call(api, 'clients.list', {})).toBeTruthy();
  });

  it('once a password is set, every call needs a signed-in user; a name is found however typed', async () => {
    await addRoleUsers(temp.store);
    const api = createApi(temp.store);
    expect((await refusal(api.invoke('clients.list', {}, 'cs'))).code).toBe('SIGN_IN_REQUIRED');
    // "soňa sociální" and "SONA SOCIALNI" are the same person.
    await call(api, 'session.signIn', { userName: 'sona socialni', password: testPassword });
    expect(await call(api, 'session.status')).toMatchObject({
      user: { name: roleUsers.social_worker, role: 'social_worker' },
    });
    expect(await call(api, 'clients.list', {})).toBeTruthy();
  });

  it('a wrong password says only that; after five, the next try waits, also for an unknown name', async () => {
    await addRoleUsers(temp.store);
    const api = createApi(temp.store);
    for (let attempt = 1; attempt <= 5; attempt++) {
      const error = await refusal(
        api.invoke(
          'session.signIn',
          { userName: 'Radka Recepční', password: `špatně ${attempt}` },
          'cs',
        ),
      );
      expect(error).toEqual({ code: 'SIGN_IN_FAILED', message: 'Nesprávné jméno nebo heslo.' });
    }
    // Even the right password waits now, and a new API (a restarted app) does not reset it.
    const waiting = await refusal(
      createApi(temp.store).invoke(
        'session.signIn',
        { userName: 'radka recepcni', password: testPassword },
        'cs',
      ),
    );
    expect(waiting.code).toBe('SIGN_IN_WAIT');
    expect(waiting.message).toContain('30 s');
    clock += 31_000;
    await call(api, 'session.signIn', { userName: 'Radka Recepční', password: testPassword });
    // An unknown name is answered, and delayed, exactly alike.
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect(
        (await refusal(api.invoke('session.signIn', { userName: 'Nikdo', password: 'x' }, 'cs')))
          .code,
      ).toBe('SIGN_IN_FAILED');
    }
    expect(
      (await refusal(api.invoke('session.signIn', { userName: 'Nikdo', password: 'x' }, 'cs')))
        .code,
    ).toBe('SIGN_IN_WAIT');
  });

  it('locks after 15 minutes idle; the same or another person signs in to go on', async () => {
    await addRoleUsers(temp.store);
    const api = await signedIn(temp.store, roleUsers.receptionist);
    clock += 14 * 60_000;
    await call(api, 'clients.list', {});
    clock += 14 * 60_000; // 14 minutes since the last call: still open
    await call(api, 'clients.list', {});
    clock += 15 * 60_000 + 1;
    const locked = await refusal(api.invoke('clients.list', {}, 'cs'));
    expect(locked.code).toBe('SESSION_LOCKED');
    expect(locked.message).toContain(roleUsers.receptionist);
    expect(await call(api, 'session.status')).toMatchObject({ isLocked: true });
    // Přepnout uživatele: someone else signs in at the locked screen.
    await call(api, 'session.signIn', { userName: roleUsers.coordinator, password: testPassword });
    expect(await call(api, 'session.status')).toMatchObject({
      isLocked: false,
      user: { name: roleUsers.coordinator },
    });
    await call(api, 'session.lock');
    expect((await refusal(api.invoke('reports.range', {}, 'cs'))).code).toBe('SESSION_LOCKED');
  });

  it('a disabled user cannot sign in, and a signed-in one is signed out; the last admin stays', async () => {
    await addRoleUsers(temp.store);
    const lecturer = await signedIn(temp.store, roleUsers.lecturer);
    const admin = await signedIn(temp.store, 'Petra');
    await call(admin, 'users.disable', { userName: roleUsers.lecturer });
    expect((await refusal(lecturer.invoke('courses.list', {}, 'cs'))).code).toBe(
      'SIGN_IN_REQUIRED',
    );
    expect(
      (
        await refusal(
          createApi(temp.store).invoke(
            'session.signIn',
            { userName: roleUsers.lecturer, password: testPassword },
            'cs',
          ),
        )
      ).code,
    ).toBe('SIGN_IN_FAILED');
    await call(admin, 'users.disable', { userName: roleUsers.admin });
    const last = await refusal(admin.invoke('users.disable', { userName: 'Petra' }, 'cs'));
    expect(last.code).toBe('USER_LAST_ADMIN');
  });

  it("a password of one's own needs the current one; an admin sets anyone's", async () => {
    await addRoleUsers(temp.store);
    const worker = await signedIn(temp.store, roleUsers.social_worker);
    const wrong = await refusal(
      worker.invoke('users.setPassword', { password: 'nové heslo 1', currentPassword: 'ne' }, 'cs'),
    );
    expect(wrong.code).toBe('PASSWORD_WRONG');
    await call(worker, 'users.setPassword', { password: '246810', currentPassword: testPassword });
    await signedIn(temp.store, roleUsers.social_worker).then(
      () => expect.fail('the old password still works'),
      () => undefined,
    );
    const short = await refusal(worker.invoke('users.setPassword', { password: '12345' }, 'cs'));
    expect(short.message).toContain('aspoň 8 znaků, nebo PIN aspoň 6 číslic');
    const other = await refusal(
      worker.invoke(
        'users.setPassword',
        { userName: roleUsers.lecturer, password: 'cizí heslo 1' },
        'cs',
      ),
    );
    expect(other.code).toBe('PERMISSION_DENIED');
    const admin = await signedIn(temp.store, 'Petra');
    await call(admin, 'users.setPassword', {
      userName: roleUsers.lecturer,
      password: 'lektorka-2026',
    });
    await call(createApi(temp.store), 'session.signIn', {
      userName: roleUsers.lecturer,
      password: 'lektorka-2026',
    });
  });

  it('the password hash is scrypt with a salt: two users with one password store different hashes', () => {
    return addRoleUsers(temp.store).then(() => {
      const hashes = temp.store.sqlite
        .prepare("SELECT password_hash FROM users WHERE password_hash != ''")
        .pluck()
        .all() as string[];
      expect(hashes.length).toBe(6);
      expect(new Set(hashes).size).toBe(6);
      for (const hash of hashes) expect(hash).toMatch(/^scrypt\$15\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
      expect(hashes.join('')).not.toContain(testPassword);
    });
  });
});
