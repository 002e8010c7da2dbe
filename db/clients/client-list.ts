import type { ClientList } from '../contract/clients.ts';
import type { ResidenceStatus } from '../contract/residence.ts';
import type { ClientsTable } from '../schema.ts';
import { prepared, type Store } from '../store.ts';
import { toClientSummary } from './client-mapping.ts';
import { servedClientRowids } from './served-clients.ts';
import { registerVersion } from '../connection/sort-rank-cache.ts';

// raw SQL: the register reads up to 300 000 rowids as bare numbers (pluck), then one client per
// row of a page; Kysely would add ~4.6 µs a row (bench query-builder).

export interface ClientListFilter {
  nationality?: string | undefined;
  residenceStatus?: ResidenceStatus | undefined;
  town?: string | undefined;
  isConsentPending?: boolean | undefined;
  servedFrom?: string | undefined;
  servedTo?: string | undefined;
  offset: number;
  limit: number;
}

interface OrderedList {
  version: string;
  rowids: Int32Array;
}

// A few recent filters per database: scrolling pages through one list, then switching back.
const listCaches = new WeakMap<Store, Map<string, OrderedList>>();
const maxCachedLists = 8;

/**
 * The register in Czech alphabetical order, one page at a time. The rowids of a filtered list
 * are read once in order (one indexed query) and kept until the register changes, so a page
 * deep in 300 000 clients costs as little as the first one — SQL OFFSET would walk there.
 */
export function listClients(store: Store, filter: ClientListFilter): ClientList {
  const rowids = orderedRowids(store, filter);
  const read = prepared(store, 'SELECT * FROM clients WHERE rowid = ?');
  const rows = Array.from(rowids.subarray(filter.offset, filter.offset + filter.limit), (rowid) =>
    toClientSummary(read.get(rowid) as ClientsTable),
  );
  return { total: rowids.length, rows };
}

function orderedRowids(store: Store, filter: ClientListFilter): Int32Array {
  const conditions = ['c.deleted = 0', 'c.merged_into IS NULL'];
  const params: (string | number)[] = [];
  const add = (condition: string, value: string | number) => {
    conditions.push(condition);
    params.push(value);
  };
  if (filter.nationality) add('c.nationality = ?', filter.nationality);
  if (filter.residenceStatus) add('c.residence_status = ?', filter.residenceStatus);
  if (filter.town) add('c.town = ?', filter.town);
  if (filter.isConsentPending !== undefined)
    add('c.is_consent_pending = ?', filter.isConsentPending ? 1 : 0);

  // Served in a period: the people the report counts for it, acts of records merged into
  // them included. It depends on acts, which the register version does not track.
  const isServedFilter = Boolean(filter.servedFrom || filter.servedTo);
  // Anonymised records (the retention rule) have no name to find them by: the register
  // leaves them out, except where it lists whom a report counts.
  if (!isServedFilter) conditions.push('c.anonymised_on IS NULL');
  const { changes, dataVersion } = registerVersion(store);
  const version = `${changes}:${dataVersion}`;
  const key = JSON.stringify(params) + conditions.join();
  let cache = listCaches.get(store);
  if (!cache) {
    cache = new Map();
    listCaches.set(store, cache);
  }
  const cached = cache.get(key);
  if (!isServedFilter && cached && cached.version === version) return cached.rowids;

  const rowids = Int32Array.from(
    prepared(
      store,
      `SELECT c.rowid FROM client_keys k JOIN clients c ON c.rowid = k.client_rowid
       WHERE ${conditions.join(' AND ')} ORDER BY k.sort_key, c.id`,
    )
      .pluck()
      .all(...params) as number[],
  );
  if (isServedFilter) {
    const served = servedClientRowids(store, {
      from: filter.servedFrom || undefined,
      to: filter.servedTo || undefined,
    });
    return rowids.filter((rowid) => served.has(rowid));
  }
  cache.delete(key);
  cache.set(key, { version, rowids });
  if (cache.size > maxCachedLists) cache.delete(cache.keys().next().value!);
  return rowids;
}
