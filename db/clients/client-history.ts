import { sql } from 'kysely';
import type { HistoryEntry } from '../contract/clients.ts';
import { readRowHistory } from '../changes/index.ts';
import { selectAll } from '../query.ts';
import type { Store } from '../store.ts';
import { maskAnonymisedValue } from './anonymised-fields.ts';
import { clientFieldByColumn } from './client-mapping.ts';
import { listMergedIds, resolveClientId } from './client-resolution.ts';

/** Who changed which field of a client and when, from the change log (merged records too). */
export function getClientHistory(store: Store, id: string): HistoryEntry[] {
  const survivor = resolveClientId(store, id);
  const ids = [survivor, ...listMergedIds(store, survivor)];
  const anonymised = anonymisedRecordIds(store, ids);
  return readRowHistory(store, ids, ['clients'], 'desc').map((operation) => ({
    recordId: operation.recordId,
    at: new Date(operation.wall).toISOString(),
    userName: operation.userName,
    siteName: operation.siteName,
    field: clientFieldByColumn[operation.column] ?? operation.column,
    value: anonymised.has(operation.recordId)
      ? maskAnonymisedValue(operation.column, operation.value)
      : operation.value,
  }));
}

/** Which of these records the retention rule anonymised: their earlier values stay hidden. */
export function anonymisedRecordIds(store: Store, ids: string[]): Set<string> {
  const rows = selectAll(
    store,
    store.db
      .selectFrom('clients')
      .select('id')
      .where('anonymised_on', 'is not', null)
      .where('id', 'in', sql<string>`(SELECT value FROM json_each(${JSON.stringify(ids)}))`),
  );
  return new Set(rows.map((row) => row.id));
}
