import { formatHlc } from '../../db/changes/hlc.ts';
import {
  decodeKeys,
  decodeRowId,
  decodeValue,
  hlcCounterSql,
  hlcWallSql,
  rowIdSql,
} from '../../db/changes/op-encoding.ts';
import { decodeRowHeads } from '../../db/changes/row-heads.ts';
import type { StoredValue } from '../../db/changes/synced-tables.ts';
import type { Store } from '../../db/store.ts';

/** SQL for the stored form of a text row id expression (the by-row index's key). */
export const rowKeySql = rowIdSql;

/** An operation as the change log meant it before it was stored compactly: UUIDs and names. */
export interface DecodedOperation {
  site: string;
  counter: number;
  /** formatHlc() text, ordered as the stored integer is */
  hlc: string;
  table: string;
  rowId: string;
  column: string;
  value: StoredValue;
  deps: [string, number][];
  author: string | null;
}

interface StoredOperation {
  site: string;
  counter: number;
  wall: number;
  logical: number;
  table_name: string;
  column_name: string;
  row: Uint8Array | string;
  value: StoredValue | Uint8Array;
  deps: Uint8Array | null;
  author: string | null;
}

function siteUuids(store: Store): Map<number, string> {
  const rows = store.sqlite.prepare('SELECT id, uuid FROM op_sites').all() as {
    id: number;
    uuid: string;
  }[];
  return new Map(rows.map((row) => [row.id, row.uuid]));
}

/** Every operation, decoded, ordered by site UUID and counter (or filtered by `where`). */
export function readOperations(store: Store, where = 'true', ...params: unknown[]) {
  const uuids = siteUuids(store);
  const rows = store.sqlite
    .prepare(
      `SELECT s.uuid AS site, o.counter, ${hlcWallSql('o.hlc')} AS wall,
         ${hlcCounterSql('o.hlc')} AS logical, f.table_name, f.column_name, o.row, o.value,
         o.deps, a.uuid AS author
       FROM ops o JOIN op_sites s ON s.id = o.site JOIN op_fields f ON f.id = o.field
       LEFT JOIN op_sites a ON a.id = o.author
       WHERE ${where}
       ORDER BY s.uuid, o.counter`,
    )
    .all(...params) as StoredOperation[];
  return rows.map((row): DecodedOperation => ({
    site: row.site,
    counter: row.counter,
    hlc: formatHlc({ wall: row.wall, counter: row.logical }),
    table: row.table_name,
    rowId: decodeRowId(row.row),
    column: row.column_name,
    value: decodeValue(row.value),
    deps: decodeKeys(row.deps).map(([site, counter]) => [uuids.get(site)!, counter]),
    author: row.author,
  }));
}

/** The operations of one row of `table`, in counter order. */
export function readRowOperations(store: Store, table: string, rowId: string) {
  return readOperations(store)
    .filter((op) => op.table === table && op.rowId === rowId)
    .sort((a, b) => a.counter - b.counter);
}

/** Heads of every row, decoded: `table.column` → [site UUID, counter][], by row id. */
export function readAllHeads(store: Store): Record<string, Record<string, [string, number][]>> {
  const uuids = siteUuids(store);
  const fields = new Map(
    (
      store.sqlite.prepare('SELECT id, table_name, column_name FROM op_fields').all() as {
        id: number;
        table_name: string;
        column_name: string;
      }[]
    ).map((row) => [row.id, `${row.table_name}.${row.column_name}`]),
  );
  const rows = store.sqlite.prepare('SELECT row, heads FROM row_heads').all() as {
    row: Uint8Array | string;
    heads: Uint8Array;
  }[];
  const result: Record<string, Record<string, [string, number][]>> = {};
  for (const row of rows) {
    const entries: Record<string, [string, number][]> = {};
    for (const [field, keys] of decodeRowHeads(row.heads)) {
      entries[fields.get(field)!] = decodeKeys(keys).map(([site, counter]) => [
        uuids.get(site)!,
        counter,
      ]);
    }
    result[decodeRowId(row.row)] = entries;
  }
  return result;
}

/** The heads of one row of `table` by column, as the former JSON spelled them. */
export function readRowHeadsDecoded(store: Store, table: string, rowId: string) {
  const entries = readAllHeads(store)[rowId] ?? {};
  return Object.fromEntries(
    Object.entries(entries)
      .filter(([field]) => field.startsWith(`${table}.`))
      .map(([field, keys]) => [field.slice(table.length + 1), keys]),
  );
}

const uuidFromHex = (hex: string) =>
  `lower(substr(${hex}, 1, 8) || '-' || substr(${hex}, 9, 4) || '-' || substr(${hex}, 13, 4)
    || '-' || substr(${hex}, 17, 4) || '-' || substr(${hex}, 21, 12))`;
const rowIdText = (column: string) => `CASE WHEN typeof(${column}) = 'text' THEN ${column}
  WHEN length(${column}) = 32 THEN ${uuidFromHex(`hex(substr(${column}, 1, 16))`)} || ':'
    || ${uuidFromHex(`hex(substr(${column}, 17))`)}
  ELSE ${uuidFromHex(`hex(${column})`)} END`;

/**
 * A temporary view `ops_text` of the change log as it read before it was stored compactly —
 * (site, counter, hlc_wall, hlc_counter, table_name, row_id, column_name, value, author) with
 * UUIDs and names as text — for tests that check the log against the domain rows in SQL.
 * Look a row up by `row = ${rowKeySql('id')}`: that uses the by-row index, row_id does not.
 */
export function createOpsTextView(store: Store): void {
  store.sqlite.exec(`CREATE TEMP VIEW IF NOT EXISTS ops_text AS
    SELECT s.uuid AS site, o.counter, ${hlcWallSql('o.hlc')} AS hlc_wall,
      ${hlcCounterSql('o.hlc')} AS hlc_counter, o.hlc, f.table_name, o.row,
      ${rowIdText('o.row')} AS row_id,
      f.column_name,
      CASE WHEN typeof(o.value) = 'blob' THEN ${uuidFromHex('hex(o.value)')} ELSE o.value END
        AS value,
      a.uuid AS author
    FROM ops o JOIN op_sites s ON s.id = o.site JOIN op_fields f ON f.id = o.field
    LEFT JOIN op_sites a ON a.id = o.author`);
}
