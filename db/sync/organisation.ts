import { readSiteId, runWrite, writeRow } from '../changes/index.ts';
import { PristavError } from '../errors.ts';
import { newId } from '../ids.ts';
import { storeToday, type Store } from '../store.ts';
import {
  exportKey,
  exportSiteKeys,
  generateSiteKeys,
  importSiteKeys,
  type SiteKeys,
} from './file/index.ts';
import {
  readOrganisationId,
  readStoredKeys,
  writeOrganisationId,
  writeStoredKeys,
} from './local-state.ts';
import { findHq, findSite } from './site-registry.ts';

/** This site in its organisation: what every export, import and enrolment starts from. */
export interface Membership {
  organisationId: string;
  siteId: string;
  isHq: boolean;
  hqId: string;
  keys: SiteKeys;
}

/** This site's membership, or SYNC_NO_ORGANISATION before it has one. */
export function requireMembership(store: Store): Membership {
  const siteId = readSiteId(store);
  const organisationId = readOrganisationId(store);
  const stored = readStoredKeys(store);
  if (siteId === null) throw new PristavError('NOT_INITIALISED');
  const hq = findHq(store);
  if (organisationId === null || stored === null || !hq) {
    throw new PristavError('SYNC_NO_ORGANISATION');
  }
  return {
    organisationId,
    siteId,
    isHq: hq.id === siteId,
    hqId: hq.id,
    keys: importSiteKeys(stored),
  };
}

export function requireHq(store: Store): Membership {
  const membership = requireMembership(store);
  if (!membership.isHq) {
    throw new PristavError('SYNC_HQ_ONLY', { hq: findHq(store)?.name ?? '' });
  }
  return membership;
}

/**
 * Makes this site the headquarters of a new organisation: its Ed25519 and X25519 keys (private
 * halves local, public halves in the synced registry) and the organisation id. A database made
 * before sync existed gets here the first time it enrols a branch, and its whole history then
 * travels to the branch with the enrolment. Does nothing if the organisation exists.
 */
export function ensureOrganisation(store: Store, userId: string | null): Membership {
  if (readOrganisationId(store) !== null) return requireMembership(store);
  const siteId = readSiteId(store);
  if (siteId === null) throw new PristavError('NOT_INITIALISED');
  const site = findSite(store, siteId);
  const otherHq = findHq(store);
  if (otherHq && otherHq.id !== siteId) throw new PristavError('SYNC_NO_ORGANISATION');
  const keys = generateSiteKeys();
  runWrite(store, userId, (w) => {
    writeOrganisationId(store, newId());
    writeStoredKeys(store, exportSiteKeys(keys));
    writeRow(w, 'sites', siteId, {
      is_hq: true,
      signing_key: exportKey(keys.signing.publicKey),
      agreement_key: exportKey(keys.agreement.publicKey),
      enrolled_on: site?.enrolled_on ?? storeToday(store),
    });
  });
  return requireMembership(store);
}
