import { readSiteId, runWrite, writeRow } from '../changes/index.ts';
import type { SyncSiteStatus, SyncStatus } from '../contract/sync.ts';
import { PristavError } from '../errors.ts';
import { getSettings } from '../settings/settings-queries.ts';
import { selectFirst } from '../query.ts';
import type { Store } from '../store.ts';
import type { SitesTable } from '../schema.ts';
import { readOrganisationId, readSyncFolder } from './local-state.ts';
import { missingRanges } from './missing-ranges.ts';
import { requireHq } from './organisation.ts';
import { countRanges, rangesFor, readAcks, readVector } from './peer-state.ts';
import { countReviewItems } from './review-queue.ts';
import { findHq, findSite, listSites, siteName } from './site-registry.ts';

/** A branch that has sent nothing for this long gets a warning on the Synchronizace screen. */
const overdueDays = 14;

function lastFile(store: Store, peer: string, direction: 'in' | 'out'): string | null {
  const row = selectFirst(
    store,
    store.db
      .selectFrom('sync_files')
      .select((eb) => eb.fn.max('at').as('last'))
      .where('peer', '=', peer)
      .where('direction', '=', direction),
  );
  return row?.last ?? null;
}

function siteStatus(
  store: Store,
  site: SitesTable,
  thisSite: string,
  isHqHere: boolean,
  vector: Record<string, number>,
): SyncSiteStatus {
  const isThisSite = site.id === thisSite;
  const lastReceived = isThisSite ? null : lastFile(store, site.id, 'in');
  // HQ sends to every branch, a branch to HQ only.
  const isPeer = !isThisSite && (isHqHere || site.is_hq === 1);
  const since = lastReceived ?? (site.enrolled_on ? `${site.enrolled_on}T00:00:00.000Z` : null);
  const isOverdue =
    isPeer &&
    site.is_revoked === 0 &&
    since !== null &&
    store.now() - Date.parse(since) > overdueDays * 24 * 60 * 60 * 1000;
  return {
    id: site.id,
    name: site.name,
    town: site.town,
    isHq: site.is_hq === 1,
    isRevoked: site.is_revoked === 1,
    isThisSite,
    held: vector[site.id] ?? 0,
    acknowledged: isThisSite ? (vector[site.id] ?? 0) : (readAcks(store, site.id)[thisSite] ?? 0),
    lastReceived,
    lastSent: isThisSite ? null : lastFile(store, site.id, 'out'),
    pending:
      isPeer && site.signing_key !== ''
        ? countRanges(rangesFor(store, site.id, { siteId: thisSite, isHq: isHqHere }))
        : 0,
    isOverdue,
  };
}

/** Sync status: this site, its organisation, every site, and what is known to be missing. */
export function getSyncStatus(store: Store): SyncStatus {
  const thisSite = readSiteId(store);
  if (thisSite === null) throw new PristavError('NOT_INITIALISED');
  const site = findSite(store, thisSite);
  const organisationId = readOrganisationId(store);
  const isHqHere = findHq(store)?.id === thisSite;
  const vector = readVector(store);
  return {
    site: {
      id: thisSite,
      name: site?.name ?? '',
      town: site?.town ?? '',
      isHq: site?.is_hq === 1,
    },
    organisation:
      organisationId === null
        ? null
        : {
            id: organisationId,
            name:
              getSettings(store).organisationName || siteName(store, findHq(store)?.id ?? thisSite),
          },
    sites:
      organisationId === null
        ? []
        : listSites(store).map((entry) => siteStatus(store, entry, thisSite, isHqHere, vector)),
    missing: organisationId === null ? [] : missingRanges(store, thisSite),
    folder: readSyncFolder(store),
    reviewCount: countReviewItems(store),
  };
}

/** HQ withdraws a site: the registry says so everywhere, and its later files are refused. */
export function revokeSite(store: Store, userId: string | null, siteId: string): SyncSiteStatus {
  const membership = requireHq(store);
  const site = findSite(store, siteId);
  if (!site || siteId === membership.siteId) {
    throw new PristavError('SYNC_UNKNOWN_SITE', { site: siteId });
  }
  runWrite(store, userId, (w) => writeRow(w, 'sites', siteId, { is_revoked: true }));
  return siteStatus(store, findSite(store, siteId)!, membership.siteId, true, readVector(store));
}
