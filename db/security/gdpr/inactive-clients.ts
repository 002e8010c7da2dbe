import { sql } from 'kysely';
import { addYears, birthYear } from '../../contract/dates.ts';
import type { InactiveClient, InactiveClients } from '../../contract/gdpr.ts';
import { clientDisplayName } from '../../clients/client-mapping.ts';
import type { ClientsTable } from '../../schema.ts';
import { selectAll } from '../../query.ts';
import { type Store, storeToday } from '../../store.ts';
import {
  lastActivityOf,
  readMergedRecords,
  readRecentlyActive,
  type MergedRecords,
} from './client-activity.ts';

/**
 * The retention rule's list: clients whose last contact (client-activity.ts) was before the
 * same day `years` years ago, longest inactive first, then in Czech alphabetical order.
 * Anonymised records, removed records and records merged into another are never listed.
 */
export function listInactiveClients(store: Store, years: number): InactiveClients {
  const cutoff = addYears(storeToday(store), -years);
  const merged = readMergedRecords(store);
  const recent = readRecentlyActive(store, cutoff, merged);
  const candidates: ClientsTable[] = selectAll(
    store,
    store.db
      .selectFrom('clients as c')
      .innerJoin('client_keys as k', (join) => join.on('k.client_rowid', '=', sql<number>`c.rowid`))
      .selectAll('c')
      .where('c.deleted', '=', 0)
      .where('c.merged_into', 'is', null)
      .where('c.anonymised_on', 'is', null)
      .orderBy('k.sort_key')
      .orderBy('c.id'),
  );
  const clients: InactiveClient[] = [];
  for (const row of candidates) {
    if (recent.has(row.id)) continue;
    const client = toInactiveClient(store, row, merged);
    if (client.lastActivity < cutoff) clients.push(client);
  }
  // Stable: within a day the Czech order of the query stays.
  clients.sort((a, b) =>
    a.lastActivity < b.lastActivity ? -1 : a.lastActivity > b.lastActivity ? 1 : 0,
  );
  return { years, cutoff, clients };
}

export function toInactiveClient(
  store: Store,
  row: ClientsTable,
  merged: MergedRecords,
): InactiveClient {
  return {
    id: row.id,
    displayName: clientDisplayName(row),
    nationality: row.nationality,
    birthYear: birthYear(row.birth_date),
    lastActivity: lastActivityOf(store, recordIdsOf(row.id, merged)),
  };
}

export function recordIdsOf(survivorId: string, merged: MergedRecords): string[] {
  return [survivorId, ...(merged.mergedInto.get(survivorId) ?? [])];
}
