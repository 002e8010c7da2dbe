import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../../db/api.ts';
import { methodNames } from '../../../db/contract/method-names.ts';
import { type Role, roles } from '../../../db/contract/users.ts';
import { permissions, publicMethods } from '../../../db/security/permissions.ts';
import { openTempStore } from '../../helpers/temp-database.ts';
import { addRoleUsers, call, roleUsers, signedIn } from './signed-in-api.ts';

/*
 * Every method × every role, generated from the one table (db/security/permissions.ts): a role
 * the table leaves out is refused with PERMISSION_DENIED before anything else (even before its
 * input is read), and a role it lets in is never refused so. The calls carry no input: an
 * allowed one fails its validation, or answers, which is all that is asked of it here.
 */
describe('the permission table, every method for every role', () => {
  let temp: Awaited<ReturnType<typeof openTempStore>>;
  beforeAll(async () => {
    temp = await openTempStore();
    await addRoleUsers(temp.store);
  });
  afterAll(() => temp.close());

  const matrix = roles.flatMap((role) => methodNames.map((method) => ({ role, method })));

  it(`covers ${methodNames.length} methods × ${roles.length} roles`, () => {
    expect(Object.keys(permissions).sort()).toEqual([...methodNames].sort());
    expect(matrix.length).toBe(methodNames.length * roles.length);
  });

  for (const role of roles) {
    it(`${role}: allowed where the table says, refused elsewhere`, async () => {
      let api: Api = await signedIn(temp.store, roleUsers[role]);
      const outcomes: string[] = [];
      for (const method of methodNames) {
        const result = await api.invoke(method, {}, 'cs');
        const isRefused = !result.ok && result.error.code === 'PERMISSION_DENIED';
        const isAllowed = publicMethods.has(method) || permissions[method].includes(role as Role);
        if (isRefused === isAllowed)
          outcomes.push(`${method}: ${isRefused ? 'refused' : 'let in'}`);
        if (isRefused) {
          // The one line names the user, the role and the action.
          expect(result.ok ? '' : result.error.message).toContain(roleUsers[role]);
        }
        // signOut / lock end the session: sign in again for the next method.
        const status = await call(api, 'session.status');
        if (status.user === null || status.isLocked)
          api = await signedIn(temp.store, roleUsers[role]);
      }
      expect(outcomes, `${role} against the table`).toEqual([]);
    });
  }

  it('without signing in, only the public methods answer', async () => {
    const { createApi } = await import('../../../db/api.ts');
    const api = createApi(temp.store);
    for (const method of methodNames) {
      const result = await api.invoke(method, {}, 'cs');
      const code = result.ok ? null : result.error.code;
      if (publicMethods.has(method)) expect(code, method).not.toBe('SIGN_IN_REQUIRED');
      else expect(code, method).toBe('SIGN_IN_REQUIRED');
    }
  });
});
