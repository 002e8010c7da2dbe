import { prepared, type Store } from '../store.ts';
import type { Operation } from './apply-imported.ts';
import { decodeKeys, decodeRowId, decodeValue, hlcCounterSql, hlcWallSql } from './op-encoding.ts';
import { siteUuidOf } from './op-lookup.ts';
import type { StoredValue, SyncedTable } from './synced-tables.ts';

// raw SQL: an export reads ~1 000 000 operations at ~4 µs each (bench sync: 3.8 s for 967 866);
// Kysely's compile would add ~4.6 µs per page query and cannot type the encoded keys.

/** A run of counters of one origin held without a gap (inclusive). */
export interface HeldRange {
  site: string;
  from: number;
  to: number;
}

function siteKey(store: Store, uuid: string): number | undefined {
  return prepared(store, 'SELECT id FROM op_sites WHERE uuid = ?').pluck().get(uuid) as
    number | undefined;
}

/** Every origin site with operations held here. */
export function listOrigins(store: Store): string[] {
  // One primary-key probe per known site, rather than a DISTINCT over every operation.
  return prepared(
    store,
    'SELECT uuid FROM op_sites s WHERE EXISTS (SELECT 1 FROM ops WHERE site = s.id) ORDER BY uuid',
  )
    .pluck()
    .all() as string[];
}

/** The runs of `origin`'s counters held here above `above` (gaps and islands). */
export function heldRanges(store: Store, origin: string, above: number): HeldRange[] {
  const key = siteKey(store, origin);
  if (key === undefined) return [];
  // Usually the counters held form one run: then as many as the span between the lowest and
  // the highest say so, and numbering every operation (the window below) is not needed.
  const span = prepared(
    store,
    `SELECT count(*) AS count, min(counter) AS "from", max(counter) AS "to"
     FROM ops WHERE site = ? AND counter > ?`,
  ).get(key, above) as { count: number; from: number | null; to: number | null };
  if (span.count === 0) return [];
  if (span.count === span.to! - span.from! + 1) {
    return [{ site: origin, from: span.from!, to: span.to! }];
  }
  const runs = prepared(
    store,
    `SELECT min(counter) AS "from", max(counter) AS "to" FROM (
       SELECT counter, counter - row_number() OVER (ORDER BY counter) AS run
       FROM ops WHERE site = ? AND counter > ?)
     GROUP BY run ORDER BY 1`,
  ).all(key, above) as { from: number; to: number }[];
  return runs.map((run) => ({ site: origin, ...run }));
}

/** The highest counter of `origin` held here, gap or not (0 if none). */
export function highestHeld(store: Store, origin: string): number {
  const key = siteKey(store, origin);
  if (key === undefined) return 0;
  return (
    (prepared(store, 'SELECT max(counter) FROM ops WHERE site = ?').pluck().get(key) as
      number | null) ?? 0
  );
}

/**
 * What an export looks up again and again, read once for all its pages: each op_fields id's
 * table and column (a few dozen rows), and site UUIDs as they are met.
 */
export interface OperationNames {
  fields: Map<number, [SyncedTable, string]>;
  sites: Map<number, string>;
}

export function readOperationNames(store: Store): OperationNames {
  const rows = prepared(store, 'SELECT id, table_name, column_name FROM op_fields').raw().all() as [
    number,
    SyncedTable,
    string,
  ][];
  const fields = new Map<number, [SyncedTable, string]>();
  for (const [id, table, column] of rows) fields.set(id, [table, column]);
  return { fields, sites: new Map() };
}

/** An operation's decoded parts, in the order a sync file's record holds them. */
export type OperationParts = [
  site: string,
  counter: number,
  wall: number,
  logical: number,
  table: SyncedTable,
  column: string,
  row: string,
  value: StoredValue,
  deps: [string, number][],
  author: string | null,
];

/** Builds one operation from its decoded parts, in the shape its reader wants. */
export type OperationBuilder<T> = (...parts: OperationParts) => T;

const asOperation: OperationBuilder<Operation> = (...parts) => {
  const [site, counter, wall, logical, table, column, row, value, deps, author] = parts;
  return {
    site,
    counter,
    hlc: { wall, counter: logical },
    table,
    column,
    row,
    value,
    deps,
    author,
  };
};

/**
 * Operations of one origin with counters from `from` to `to`, at most `limit`, decoded into
 * the form that travels (UUIDs and names instead of this database's local integers). Rows come
 * as arrays and field names from a map: a page of 2 000 is read a million times an export.
 */
export function readOperationPage(
  store: Store,
  range: HeldRange,
  limit: number,
  names: OperationNames = readOperationNames(store),
): Operation[] {
  return readOperationPageAs(store, range, limit, names, asOperation);
}

/**
 * readOperationPage() building each operation with `build`: an export makes its records
 * straight from the parts, without an Operation object in between (a million of them).
 */
export function readOperationPageAs<T>(
  store: Store,
  range: HeldRange,
  limit: number,
  names: OperationNames,
  build: OperationBuilder<T>,
): T[] {
  const key = siteKey(store, range.site);
  if (key === undefined) return [];
  const { fields, sites } = names;
  const rows = prepared(
    store,
    `SELECT counter, ${hlcWallSql('hlc')}, ${hlcCounterSql('hlc')}, field, row, value, deps, author
     FROM ops WHERE site = ? AND counter BETWEEN ? AND ?
     ORDER BY counter LIMIT ?`,
  )
    .raw()
    .all(key, range.from, range.to, limit) as [
    counter: number,
    wall: number,
    logical: number,
    field: number,
    row: Uint8Array | string,
    value: StoredValue | Uint8Array,
    deps: Uint8Array | null,
    author: number | null,
  ][];
  const built: T[] = new Array(rows.length);
  for (let index = 0; index < rows.length; index++) {
    const [counter, wall, logical, field, row, value, deps, author] = rows[index]!;
    const [table, column] = fields.get(field)!;
    built[index] = build(
      range.site,
      counter,
      wall,
      logical,
      table,
      column,
      decodeRowId(row),
      decodeValue(value),
      deps === null
        ? []
        : decodeKeys(deps).map(([site, depCounter]) => [
            siteUuidOf(store, sites, site),
            depCounter,
          ]),
      author === null ? null : siteUuidOf(store, sites, author),
    );
  }
  return built;
}
