import type { ClientList } from '../contract/clients.ts';
import type { ResidenceStatus } from '../contract/residence.ts';
import type { ClientsTable } from '../schema.ts';
import { prepared, type Store } from '../store.ts';
import { toClientSummary } from './client-mapping.ts';

export interface ClientListFilter {
  nationality?: string | undefined;
  residenceStatus?: ResidenceStatus | undefined;
  town?: string | undefined;
  isConsentPending?: boolean | undefined;
  offset: number;
  limit: number;
}

/** The register in Czech alphabetical order (by the stored sort key), one page at a time. */
export function listClients(store: Store, filter: ClientListFilter): ClientList {
  const conditions = ['c.deleted = 0', 'c.merged_into IS NULL'];
  const params: (string | number)[] = [];
  if (filter.nationality) {
    conditions.push('c.nationality = ?');
    params.push(filter.nationality);
  }
  if (filter.residenceStatus) {
    conditions.push('c.residence_status = ?');
    params.push(filter.residenceStatus);
  }
  if (filter.town) {
    conditions.push('c.town = ?');
    params.push(filter.town);
  }
  if (filter.isConsentPending !== undefined) {
    conditions.push('c.is_consent_pending = ?');
    params.push(filter.isConsentPending ? 1 : 0);
  }
  const where = conditions.join(' AND ');
  const total = (
    prepared(store, `SELECT count(*) AS n FROM clients c WHERE ${where}`).get(...params) as {
      n: number;
    }
  ).n;
  const rows = prepared(
    store,
    `SELECT c.* FROM client_keys k JOIN clients c ON c.rowid = k.client_rowid
     WHERE ${where} ORDER BY k.sort_key, c.id LIMIT ? OFFSET ?`,
  ).all(...params, filter.limit, filter.offset) as ClientsTable[];
  return { total, rows: rows.map(toClientSummary) };
}
