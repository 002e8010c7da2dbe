import { PristavError } from '../errors.ts';
import { createSite, getCurrentUser, getThisSite } from '../site/site-queries.ts';
import { selectFirst } from '../query.ts';
import type { Store } from '../store.ts';

/** The centre of the press release, named so that nobody takes its people for real ones. */
export const demoHq = {
  name: 'Ukázka – Centrum na podporu integrace cizinců pro Liberecký kraj',
  town: 'Liberec',
  isHq: true,
  adminName: 'Petra Sovová',
};

/** A demo goes into an empty register only: mixing it with real clients would corrupt both. */
export function assertNoClients(store: Store): void {
  const clients =
    selectFirst(
      store,
      store.db.selectFrom('clients').select((eb) => eb.fn.countAll<number>().as('clients')),
    )?.clients ?? 0;
  if (clients > 0) throw new PristavError('DEMO_NOT_EMPTY', { clients });
}

/**
 * The site the demo writes as: this database's own, or the demo centre when there is none yet.
 * Returns the acting user (the author of every change), as the app would have it.
 */
export function ensureDemoSite(
  store: Store,
  ids?: { siteId: string; userId: string },
): { siteId: string; town: string; author: string | null } {
  const site = getThisSite(store) ?? createSite(store, demoHq, ids);
  return { siteId: site.id, town: site.town, author: getCurrentUser(store)?.id ?? null };
}
