import { createApi } from '../../../db/api.ts';
import type { Store } from '../../../db/store.ts';

/** The site most e2e files start from; a file that needs another name or town overrides it. */
export const hqSite = {
  name: 'Centrum Liberec',
  town: 'Liberec',
  isHq: true,
  adminName: 'Petra Sovová',
};

/**
 * The real API over a store, for filling a database before the host opens it: a failed call
 * throws with the method's name, so a broken seed stops the file's setup at the line that broke.
 */
export function seedingInvoke(store: Store): (method: string, input: unknown) => Promise<unknown> {
  const api = createApi(store);
  return async (method, input) => {
    const result = await api.invoke(method, input, 'cs');
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value;
  };
}
