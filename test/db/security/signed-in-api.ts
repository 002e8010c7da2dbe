import { type Api, createApi } from '../../../db/api.ts';
import type { Role } from '../../../db/contract/users.ts';
import type { Store } from '../../../db/store.ts';

/** One password for every test user: the tests are about roles, not passwords. */
export const testPassword = 'heslo-pro-testy';

export const roleUsers: Record<Role, string> = {
  admin: 'Petra Správcová',
  coordinator: 'Karel Koordinátor',
  social_worker: 'Soňa Sociální',
  receptionist: 'Radka Recepční',
  lecturer: 'Lenka Lektorka',
};

export async function call<T = unknown>(api: Api, method: string, input: unknown = {}): Promise<T> {
  const result = await api.invoke(method, input, 'cs');
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/**
 * Gives the site's first administrator a password (sign-in is then required) and adds one user
 * per other role. Returns an API signed in as `name`.
 */
export async function addRoleUsers(store: Store): Promise<void> {
  const api = createApi(store);
  await call(api, 'users.setPassword', { password: testPassword });
  await call(api, 'session.signIn', { userName: 'Petra', password: testPassword });
  for (const [role, name] of Object.entries(roleUsers)) {
    await call(api, 'users.add', { userName: name, role, password: testPassword });
  }
}

export async function signedIn(store: Store, name: string): Promise<Api> {
  const api = createApi(store);
  await call(api, 'session.signIn', { userName: name, password: testPassword });
  return api;
}
