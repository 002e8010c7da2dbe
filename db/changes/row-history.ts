import { sql } from 'kysely';
import { selectAll } from '../query.ts';
import type { Store } from '../store.ts';
import { decodeRowId, decodeValue, hlcWallSql, rowIdSql } from './op-encoding.ts';
import type { StoredValue } from './synced-tables.ts';

/** One operation of a row's history, as a person reads it: when, what, where and by whom. */
export interface HistoryOperation {
  recordId: string;
  /** Wall-clock time of the operation (ms). */
  wall: number;
  table: string;
  column: string;
  value: StoredValue;
  siteName: string | null;
  userName: string | null;
}

/**
 * Every operation of the change log on these rows of these tables, in order of the hybrid clock
 * (`desc`: newest first). Ties between sites break on the site's UUID, the same order at every
 * office (the local site ids differ between databases). A row's creation writes `deleted = 0`,
 * which says nothing to a reader and is left out. The client's history and a subject access
 * export both read it.
 */
export function readRowHistory(
  store: Store,
  rowIds: readonly string[],
  tables: readonly string[],
  order: 'asc' | 'desc',
): HistoryOperation[] {
  // The log stores row ids encoded (op-encoding.ts): the ids are encoded the same way in SQL.
  const encodedIds = sql<Uint8Array | string>`(SELECT ${sql.raw(rowIdSql('value'))}
    FROM json_each(${JSON.stringify(rowIds)}))`;
  const rows = selectAll(
    store,
    store.db
      .selectFrom('ops as o')
      .innerJoin('op_fields as f', 'f.id', 'o.field')
      .innerJoin('op_sites as os', 'os.id', 'o.site')
      .leftJoin('op_sites as oa', 'oa.id', 'o.author')
      .leftJoin('users as u', 'u.id', 'oa.uuid')
      .leftJoin('sites as s', 's.id', 'os.uuid')
      .select([
        'o.row',
        sql.raw<number>(hlcWallSql('o.hlc')).as('wall'),
        'f.table_name',
        'f.column_name',
        // A value as stored: a UUID's 16 bytes come back as bytes (decodeValue below).
        sql<string | number | Uint8Array | null>`o.value`.as('value'),
        'u.name as user_name',
        's.name as site_name',
      ])
      .where('o.row', 'in', encodedIds)
      .where('f.table_name', 'in', tables)
      .orderBy('o.hlc', order)
      .orderBy('os.uuid')
      .orderBy('o.counter', order),
  );
  return rows
    .filter((row) => row.column_name !== 'deleted' || row.value === 1)
    .map((row) => ({
      recordId: decodeRowId(row.row),
      wall: row.wall,
      table: row.table_name,
      column: row.column_name,
      value: decodeValue(row.value),
      siteName: row.site_name,
      userName: row.user_name,
    }));
}
