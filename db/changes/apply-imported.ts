import { prepared } from '../store.ts';
import { applyRowOperations, hasAwaitedOperations, type RowOperation } from './apply-row.ts';
import { insertFreshRow, isFreshRow, rowsWithHeads, rowText } from './fresh-rows.ts';
import { type Hlc, receiveHlc } from './hlc.ts';
import { newRowQueue } from './new-row-queue.ts';
import { encodeKeys, encodeRowId, encodeValue, type LocalOpKey } from './op-encoding.ts';
import { isHeld } from './op-lookup.ts';
import { internSite } from './op-interning.ts';
import type { StoredValue, SyncedTable } from './synced-tables.ts';
import {
  fieldKey,
  flushOperations,
  queueOperation,
  type WriteTransaction,
} from './write-transaction.ts';

// raw SQL: an import runs these per operation, ~8 µs each (bench sync: 8.1 s for 967 866);
// Kysely's compile would add ~4.6 µs per statement (bench query-builder).

/** An operation as it travels between offices: global ids, nothing local. */
export interface Operation {
  site: string;
  counter: number;
  hlc: Hlc;
  table: SyncedTable;
  column: string;
  row: string;
  value: StoredValue;
  deps: [site: string, counter: number][];
  author: string | null;
}

/** What a batch of imported operations did, added up over the batches of one file. */
export interface ImportTally {
  operations: number;
  new: number;
  alreadyHeld: number;
  reviewOpened: number;
  /** Per origin site and table: rows that did not exist before. */
  newRows: Map<string, Map<string, number>>;
  /** Per origin site: new operations. */
  newByOrigin: Map<string, number>;
  /** The highest clock among the new operations. */
  latest: Hlc | null;
  /** Rows new here that skipped the general apply path (fresh-rows.ts). */
  freshRows: number;
}

export function emptyTally(): ImportTally {
  return {
    operations: 0,
    new: 0,
    alreadyHeld: 0,
    reviewOpened: 0,
    newRows: new Map(),
    newByOrigin: new Map(),
    latest: null,
    freshRows: 0,
  };
}

function siteKeyOf(w: WriteTransaction, cache: Map<string, number>, uuid: string): number {
  let id = cache.get(uuid);
  if (id === undefined) {
    id = internSite(w.store, uuid);
    cache.set(uuid, id);
    w.siteUuids.set(id, uuid);
  }
  return id;
}

const siteKeyCaches = new WeakMap<WriteTransaction, Map<string, number>>();

interface RowGroup {
  table: SyncedTable;
  row: string;
  rowKey: Buffer | string;
  /** The origin of the row's first operation in this batch (whose arrival the tally counts). */
  origin: string;
  ops: RowOperation[];
}

const noDeps: LocalOpKey[] = [];

/**
 * Imported operations into the change log and the domain rows: operations already held are
 * skipped (a file read twice, or relayed by two offices), the new ones go through the same
 * applyRowOperations() as a local edit, grouped by row — except rows new here whose operations
 * are each their field's only head (fresh-rows.ts), which are queued straight away. Call inside
 * the import's transaction; the caller updates the version vector (advanceVector) and saves the
 * clock (w.hlc, moved here).
 */
export function applyImportedOperations(
  w: WriteTransaction,
  operations: readonly Operation[],
  tally: ImportTally,
  /** `false`: every row through the general path (the tests hold the short way to it). */
  options: { isFreshPathTaken: boolean } = { isFreshPathTaken: true },
): void {
  flushOperations(w);
  let cache = siteKeyCaches.get(w);
  if (!cache) {
    cache = new Map();
    siteKeyCaches.set(w, cache);
  }
  // Each origin's highest counter held before this batch: an operation above it is new without
  // a lookup (nearly all of a file). The file's check saw each origin's counters rise, so no
  // operation comes twice in a batch.
  const highest = new Map<number, number>();
  const isNew = (siteKey: number, counter: number) => {
    let top = highest.get(siteKey);
    if (top === undefined) {
      top = (prepared(w.store, highestCounterSql).pluck().get(siteKey) as number | null) ?? 0;
      highest.set(siteKey, top);
    }
    return counter > top || !isHeld(w.store, [siteKey, counter]);
  };
  // Consecutive operations mostly share their origin, author and field's table: the last
  // lookups are kept (a Map lookup hashes a 36-character UUID each time).
  let lastSite = '';
  let lastSiteKey = 0;
  const siteKey = (uuid: string) => {
    if (uuid !== lastSite) {
      lastSite = uuid;
      lastSiteKey = siteKeyOf(w, cache, uuid);
    }
    return lastSiteKey;
  };
  const byRow = new Map<string, RowGroup>();
  // A row's operations usually come one after another: its group and stored id are found once.
  let group: RowGroup | undefined;
  for (const operation of operations) {
    tally.operations += 1;
    const originKey = siteKey(operation.site);
    if (!isNew(originKey, operation.counter)) {
      tally.alreadyHeld += 1;
      continue;
    }
    const field = fieldKey(w, operation.table, operation.column);
    const deps: LocalOpKey[] =
      operation.deps.length === 0
        ? noDeps
        : operation.deps.map(([site, counter]) => [siteKeyOf(w, cache, site), counter]);
    const author =
      operation.author === null
        ? null
        : operation.author === operation.site
          ? originKey
          : siteKeyOf(w, cache, operation.author);
    if (group === undefined || group.row !== operation.row || group.table !== operation.table) {
      const name = `${operation.table}\u0000${operation.row}`;
      group = byRow.get(name);
      if (!group) {
        group = {
          table: operation.table,
          row: operation.row,
          rowKey: encodeRowId(operation.row),
          origin: operation.site,
          ops: [],
        };
        byRow.set(name, group);
      }
    }
    queueOperation(
      w,
      originKey,
      operation.counter,
      operation.hlc,
      field,
      group.rowKey,
      encodeValue(operation.value),
      encodeKeys(deps),
      author,
    );
    tally.new += 1;
    tally.newByOrigin.set(operation.site, (tally.newByOrigin.get(operation.site) ?? 0) + 1);
    if (tally.latest === null || isLater(operation.hlc, tally.latest)) tally.latest = operation.hlc;
    group.ops.push({
      key: [originKey, operation.counter],
      site: operation.site,
      hlc: operation.hlc,
      field,
      column: operation.column,
      value: operation.value,
      deps,
      isFresh: false,
    });
  }
  const groups = [...byRow.values()];
  const withHeads = rowsWithHeads(
    w.store,
    groups.map((each) => each.rowKey),
  );
  // Rows new here go in as multi-row INSERTs, flushed before this batch ends.
  w.newRows = newRowQueue(w.store);
  try {
    for (const { table, row, rowKey, origin, ops } of groups) {
      let isNewRow: boolean;
      if (
        options.isFreshPathTaken &&
        // An operation something here already depends on must not become a head.
        !hasAwaitedOperations(w) &&
        !withHeads.has(rowText(rowKey)) &&
        !w.newRows.hasHeads(rowKey) &&
        isFreshRow(rowKey, ops)
      ) {
        insertFreshRow(w, table, row, rowKey as Buffer, ops);
        tally.freshRows += 1;
        isNewRow = true;
      } else {
        const applied = applyRowOperations(w, table, row, ops);
        tally.reviewOpened += applied.reviewOpened;
        isNewRow = applied.isNewRow;
      }
      if (isNewRow) {
        let tables = tally.newRows.get(origin);
        if (!tables) {
          tables = new Map();
          tally.newRows.set(origin, tables);
        }
        tables.set(table, (tables.get(table) ?? 0) + 1);
      }
    }
    w.newRows.flush();
  } finally {
    w.newRows = undefined;
  }
  flushOperations(w);
}

const highestCounterSql = 'SELECT max(counter) FROM ops WHERE site = ?';

function isLater(a: Hlc, b: Hlc): boolean {
  return a.wall > b.wall || (a.wall === b.wall && a.counter > b.counter);
}

/** The clock after an import: past every operation received, so local edits win after it. */
export function receiveClock(w: WriteTransaction, tally: ImportTally): void {
  if (tally.latest) w.hlc = receiveHlc(w.hlc, tally.latest, w.store.now());
}

/**
 * Moves the version vector of each origin to the highest counter held without a gap
 * (SYNC.md: a file after a gap is still imported; the vector waits for the gap to fill).
 */
export function advanceVector(w: WriteTransaction, origins: Iterable<string>): void {
  for (const origin of origins) {
    if (origin === w.site) continue;
    // Read as a row, as beginWrite() reads the same cached statement: pluck() would switch
    // it for every caller, and the own counter would then read as 0 (a UNIQUE failure).
    const held =
      (
        prepared(w.store, 'SELECT counter FROM version_vector WHERE site = ?').get(origin) as
          { counter: number } | undefined
      )?.counter ?? 0;
    const siteKey = prepared(w.store, 'SELECT id FROM op_sites WHERE uuid = ?')
      .pluck()
      .get(origin) as number | undefined;
    if (siteKey === undefined) continue;
    // Usually every counter from `held` + 1 to the highest is here: then their count says so,
    // without numbering every operation above `held` (a whole register after an enrolment).
    const span = prepared(
      w.store,
      'SELECT count(*) AS count, max(counter) AS "to" FROM ops WHERE site = ? AND counter > ?',
    ).get(siteKey, held) as { count: number; to: number | null };
    if (span.count === 0) continue;
    // Else the run above `held` without a gap: counter − position is constant along it.
    const next =
      span.count === span.to! - held
        ? span.to!
        : (prepared(
            w.store,
            `SELECT max(counter) FROM (
               SELECT counter, counter - row_number() OVER (ORDER BY counter) AS run
               FROM ops WHERE site = ? AND counter > ?)
             WHERE run = ?`,
          )
            .pluck()
            .get(siteKey, held, held) as number | null);
    if (next === null) continue;
    prepared(
      w.store,
      `INSERT INTO version_vector (site, counter) VALUES (?, ?)
       ON CONFLICT (site) DO UPDATE SET counter = excluded.counter`,
    ).run(origin, next);
  }
}
