import type { ClientDetail } from '../contract/clients.ts';
import { isEuEeaChCountry } from '../contract/countries.ts';
import { readSiteId } from '../changes/index.ts';
import { PristavError } from '../errors.ts';
import type { Store } from '../store.ts';
import { legacyRefsOfRow } from '../legacy-refs/legacy-refs.ts';
import { recordAudit } from './audit.ts';
import { toClient, toClientSummary } from './client-mapping.ts';
import { listMergedIds, readClientRow, resolveClientId } from './client-resolution.ts';

/**
 * A client's record as the detail screen shows it, following merges to the survivor. Opening
 * it is itself recorded in the audit log.
 */
export function getClientDetail(store: Store, userId: string | null, id: string): ClientDetail {
  const survivorId = resolveClientId(store, id);
  const row = readClientRow(store, survivorId);
  if (!row || row.deleted) throw new PristavError('NOT_FOUND', { what: id });
  recordAudit(store, { action: 'open', clientId: survivorId, userId, siteId: readSiteId(store) });
  const mergedIds = listMergedIds(store, survivorId);
  const mergedRecords = mergedIds
    .map((mergedId) => readClientRow(store, mergedId))
    .filter((merged) => merged !== undefined)
    .map(toClientSummary);
  return {
    client: toClient(row),
    requestedId: id,
    mergedRecords,
    isThirdCountryNational: !isEuEeaChCountry(row.nationality),
    legacyRefs: [survivorId, ...mergedIds]
      .flatMap((recordId) => legacyRefsOfRow(store, recordId))
      .map(({ source, ref }) => ({ source, ref })),
  };
}
