import {
  type ColumnType,
  hlcCounterLimit,
  isCanonicalUuid,
  isSyncedTable,
  mayBeStub,
  type Operation,
  type OperationBuilder,
  type OperationParts,
  type StoredValue,
  syncedTables,
} from '../changes/index.ts';

/*
 * An operation in a sync file: one JSON array per record, its parts in order
 * [site, counter, wall, logical, table, column, row, value, deps, author] (OperationParts).
 * Positional rather than named: a million operations repeat no key names, and gzip takes care
 * of the UUIDs.
 */

/** The record of an operation read from the change log (readOperationPageAs builds it). */
export const wireOperation: OperationBuilder<OperationParts> = (...parts) => parts;

/**
 * A wall clock far in the past is accepted (SYNC.md: a PC whose clock was reset still syncs;
 * its edits simply lose ties); one too far ahead refuses the file in import-file.ts. This bound
 * only keeps the stored hlc (wall × 2^20) inside a 64-bit integer.
 */
const earliestWall = 0;
const latestWall = Date.UTC(2200, 0, 1);
const maxTextLength = 100_000;
const maxDeps = 1_000;

const isUuid = (value: unknown): value is string =>
  typeof value === 'string' && isCanonicalUuid(value);
const isCounter = (value: unknown): value is number =>
  Number.isSafeInteger(value) && (value as number) >= 1;

function fitsColumn(type: ColumnType, value: unknown): boolean {
  if (typeof value === 'string' && value.length > maxTextLength) return false;
  switch (type) {
    case 'any':
      return value === null || typeof value === 'string' || Number.isFinite(value);
    case 'text':
      return typeof value === 'string';
    case 'nullableText':
      return value === null || typeof value === 'string';
    case 'integer':
      return Number.isSafeInteger(value);
    case 'nullableInteger':
      return value === null || Number.isSafeInteger(value);
    case 'boolean':
      return value === 0 || value === 1;
  }
}

/**
 * Checks one record strictly (known table and column, value of the column's type, canonical
 * ids, a sane clock) and returns the operation, or the reason it is refused (English words for
 * the log and the message's detail; the message itself is Czech or English at the edge).
 */
export function fromWire(record: unknown): Operation | string {
  if (!Array.isArray(record) || record.length !== 10) return 'not an operation record';
  const [site, counter, wall, logical, table, column, row, value, deps, author] =
    record as unknown[];
  if (!isUuid(site)) return 'site id';
  if (!isCounter(counter)) return 'counter';
  if (
    !Number.isSafeInteger(wall) ||
    (wall as number) < earliestWall ||
    (wall as number) > latestWall
  )
    return 'clock';
  if (
    !Number.isSafeInteger(logical) ||
    (logical as number) < 0 ||
    (logical as number) >= hlcCounterLimit
  )
    return 'clock counter';
  if (typeof table !== 'string' || !isSyncedTable(table)) return `table ${String(table)}`;
  const columns = syncedTables[table] as Record<string, ColumnType>;
  if (typeof column !== 'string' || !Object.hasOwn(columns, column))
    return `column ${table}.${String(column)}`;
  if (typeof row !== 'string' || row.length === 0 || row.length > 200) return 'row id';
  // A stub (an erased person's operation) carries no value, whatever the column's type.
  const isStub = value === null && mayBeStub(table, column);
  if (!isStub && !fitsColumn(columns[column]!, value)) return `value of ${table}.${column}`;
  if (!Array.isArray(deps) || deps.length > maxDeps) return 'deps';
  for (const dep of deps as unknown[]) {
    if (!Array.isArray(dep) || dep.length !== 2 || !isUuid(dep[0]) || !isCounter(dep[1]))
      return 'deps';
  }
  if (author !== null && !isUuid(author)) return 'author id';
  return {
    site,
    counter,
    hlc: { wall: wall as number, counter: logical as number },
    table,
    column,
    row,
    value: value as StoredValue,
    deps: deps as [string, number][],
    author,
  };
}
