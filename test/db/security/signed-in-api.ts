import { type Api, createApi } from '../../../db/api.ts';
import type { MethodName } from '../../../db/contract/method-names.ts';
import type { Input } from '../../../db/contract/methods.ts';
import type { Role } from '../../../db/contract/users.ts';
import type { Store } from '../../../db/store.ts';
import { apiCalls, type InputArgs } from '../../helpers/temp-api.ts';

/** One password for every test user: the tests are about roles, not passwords. */
export const testPassword = 'heslo-pro-testy';

export const roleUsers: Record<Role, string> = {
  admin: 'Petra Správcová',
  coordinator: 'Karel Koordinátor',
  social_worker: 'Soňa Sociální',
  receptionist: 'Radka Recepční',
  lecturer: 'Lenka Lektorka',
};

/** A call on `api` typed by the contract (test/helpers/temp-api.ts). */
export const call = <M extends MethodName>(api: Api, method: M, ...[input]: InputArgs<M>) =>
  apiCalls(api).ok(method, input as Input<M>);

/**
 * Gives the site's first administrator a password (sign-in is then required) and adds one user
 * per other role. Returns an API signed in as `name`.
 */
export async function addRoleUsers(store: Store): Promise<void> {
  const api = createApi(store);
  await call(api, 'users.setPassword', { password: testPassword });
  await call(api, 'session.signIn', { userName: 'Petra', password: testPassword });
  for (const [role, name] of Object.entries(roleUsers) as [Role, string][]) {
    await call(api, 'users.add', { userName: name, role, password: testPassword });
  }
}

export async function signedIn(store: Store, name: string): Promise<Api> {
  const api = createApi(store);
  await call(api, 'session.signIn', { userName: name, password: testPassword });
  return api;
}
