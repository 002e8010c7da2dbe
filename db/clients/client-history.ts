import type { HistoryEntry } from '../contract/clients.ts';
import { decodeRowId, decodeValue, hlcWallSql, rowIdSql } from '../changes/index.ts';
import { prepared, type Store } from '../store.ts';
import { maskAnonymisedValue } from './anonymised-fields.ts';
import { clientFieldByColumn } from './client-mapping.ts';
import { listMergedIds, resolveClientId } from './client-resolution.ts';

/** Who changed which field of a client and when, from the change log (merged records too). */
export function getClientHistory(store: Store, id: string): HistoryEntry[] {
  const survivor = resolveClientId(store, id);
  const ids = [survivor, ...listMergedIds(store, survivor)];
  // hlc is wall ms × 2^20 + counter; ties between sites break on the site's UUID, the same
  // order at every office (the local site ids differ between databases).
  const rows = prepared(
    store,
    `SELECT o.row, ${hlcWallSql('o.hlc')} AS wall, f.column_name, o.value,
       u.name AS user_name, s.name AS site_name
     FROM ops o
     JOIN op_fields f ON f.id = o.field
     JOIN op_sites os ON os.id = o.site
     LEFT JOIN op_sites oa ON oa.id = o.author
     LEFT JOIN users u ON u.id = oa.uuid
     LEFT JOIN sites s ON s.id = os.uuid
     WHERE f.table_name = 'clients'
       AND o.row IN (SELECT ${rowIdSql('value')} FROM json_each(?))
     ORDER BY o.hlc DESC, os.uuid, o.counter DESC`,
  ).all(JSON.stringify(ids)) as {
    row: Uint8Array | string;
    wall: number;
    column_name: string;
    value: string | number | Uint8Array | null;
    user_name: string | null;
    site_name: string | null;
  }[];
  const anonymised = anonymisedRecordIds(store, ids);
  return rows
    .filter((row) => row.column_name !== 'deleted' || row.value === 1)
    .map((row) => {
      const recordId = decodeRowId(row.row);
      const value = decodeValue(row.value);
      return {
        recordId,
        at: new Date(row.wall).toISOString(),
        userName: row.user_name,
        siteName: row.site_name,
        field: clientFieldByColumn[row.column_name] ?? row.column_name,
        value: anonymised.has(recordId) ? maskAnonymisedValue(row.column_name, value) : value,
      };
    });
}

/** Which of these records the retention rule anonymised: their earlier values stay hidden. */
export function anonymisedRecordIds(store: Store, ids: string[]): Set<string> {
  return new Set(
    prepared(
      store,
      `SELECT id FROM clients WHERE anonymised_on IS NOT NULL
       AND id IN (SELECT value FROM json_each(?))`,
    )
      .pluck()
      .all(JSON.stringify(ids)) as string[],
  );
}
