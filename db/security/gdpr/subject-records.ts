import type { SubjectAccessData } from '../../contract/gdpr.ts';
import { toClient } from '../../clients/client-mapping.ts';
import { listMergedIds, readClientRow, resolveClientId } from '../../clients/client-resolution.ts';
import { PristavError } from '../../errors.ts';
import { legacyRefsOfRow } from '../../legacy-refs/legacy-refs.ts';
import type { ClientsTable } from '../../schema.ts';
import { selectFirst } from '../../query.ts';
import type { Store } from '../../store.ts';

/** The person whose data is exported: the surviving record and every record merged into it. */
export interface Subject {
  survivor: ClientsTable;
  /** The survivor's id first, then the merged records' ids. */
  recordIds: string[];
  merged: ClientsTable[];
}

/** Follows a merge to the survivor, as the detail screen does; a removed record is not found. */
export function findSubject(store: Store, clientId: string): Subject {
  const survivorId = resolveClientId(store, clientId);
  const survivor = readClientRow(store, survivorId);
  if (!survivor || survivor.deleted) throw new PristavError('NOT_FOUND', { what: clientId });
  const merged = listMergedIds(store, survivorId)
    .map((id) => readClientRow(store, id))
    .filter((row) => row !== undefined);
  return { survivor, merged, recordIds: [survivorId, ...merged.map((row) => row.id)] };
}

/** The record, the merged records, legacy numbers and each record's consent. */
export function readSubjectRecords(
  store: Store,
  subject: Subject,
): Pick<SubjectAccessData, 'client' | 'mergedRecords' | 'legacyRefs' | 'consents'> {
  const withSite = (row: ClientsTable) => ({
    ...toClient(row),
    registeringSiteName: siteName(store, row.registering_site_id),
  });
  const records = [subject.survivor, ...subject.merged];
  return {
    client: withSite(subject.survivor),
    mergedRecords: subject.merged.map(withSite),
    legacyRefs: subject.recordIds
      .flatMap((id) => legacyRefsOfRow(store, id))
      .map(({ source, ref }) => ({ source, ref })),
    consents: records.map((row) => ({
      recordId: row.id,
      date: row.consent_date,
      version: row.consent_version,
      withdrawn: row.consent_withdrawn,
      isPending: row.is_consent_pending === 1,
    })),
  };
}

export function siteName(store: Store, siteId: string | null): string | null {
  if (siteId === null) return null;
  const row = selectFirst(
    store,
    store.db.selectFrom('sites').select('name').where('id', '=', siteId),
  );
  return row?.name ?? null;
}
