import { importPublicKey } from './file/index.ts';
import type { KeyObject } from 'node:crypto';
import { selectAll, selectFirst } from '../query.ts';
import type { Store } from '../store.ts';
import type { SitesTable } from '../schema.ts';

/** The synced site registry (SYNC.md "Identities"): every office, its public keys, revoked? */
export function listSites(store: Store): SitesTable[] {
  return selectAll(
    store,
    store.db
      .selectFrom('sites')
      .selectAll()
      .where('deleted', '=', 0)
      .orderBy('is_hq', 'desc')
      .orderBy('name')
      .orderBy('id'),
  );
}

export function findSite(store: Store, id: string): SitesTable | undefined {
  return selectFirst(
    store,
    store.db.selectFrom('sites').selectAll().where('id', '=', id).where('deleted', '=', 0),
  );
}

export function findHq(store: Store): SitesTable | undefined {
  return selectFirst(
    store,
    store.db
      .selectFrom('sites')
      .selectAll()
      .where('is_hq', '=', 1)
      .where('deleted', '=', 0)
      .orderBy('id'),
  );
}

/** A site's Ed25519 key, or undefined for a site unknown here or not yet given keys. */
export function signingKeyOf(store: Store, id: string): KeyObject | undefined {
  const site = findSite(store, id);
  return site && site.signing_key !== '' ? importPublicKey('ed25519', site.signing_key) : undefined;
}

export function agreementKeyOf(store: Store, id: string): KeyObject | undefined {
  const site = findSite(store, id);
  return site && site.agreement_key !== ''
    ? importPublicKey('x25519', site.agreement_key)
    : undefined;
}

/** A short readable name for messages: "Jablonec nad Nisou" rather than a UUID. */
export function siteName(store: Store, id: string): string {
  const site = findSite(store, id);
  return site ? site.name || site.town : id;
}
