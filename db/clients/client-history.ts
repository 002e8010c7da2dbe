import type { HistoryEntry } from '../contract/clients.ts';
import { prepared, type Store } from '../store.ts';
import { clientFieldByColumn } from './client-mapping.ts';
import { listMergedIds, resolveClientId } from './client-resolution.ts';

/** Who changed which field of a client and when, from the change log (merged records too). */
export function getClientHistory(store: Store, id: string): HistoryEntry[] {
  const survivor = resolveClientId(store, id);
  const ids = [survivor, ...listMergedIds(store, survivor)];
  const rows = prepared(
    store,
    `SELECT o.row_id, o.hlc, o.column_name, o.value, u.name AS user_name, s.name AS site_name
     FROM ops o
     LEFT JOIN users u ON u.id = o.author
     LEFT JOIN sites s ON s.id = o.site
     WHERE o.table_name = 'clients' AND o.row_id IN (SELECT value FROM json_each(?))
     ORDER BY o.hlc DESC, o.site, o.counter DESC`,
  ).all(JSON.stringify(ids)) as {
    row_id: string;
    hlc: string;
    column_name: string;
    value: string | number | null;
    user_name: string | null;
    site_name: string | null;
  }[];
  return rows
    .filter((row) => row.column_name !== 'deleted' || row.value === 1)
    .map((row) => ({
      recordId: row.row_id,
      at: new Date(Number(row.hlc.slice(0, 15))).toISOString(),
      userName: row.user_name,
      siteName: row.site_name,
      field: clientFieldByColumn[row.column_name] ?? row.column_name,
      value: row.value,
    }));
}
