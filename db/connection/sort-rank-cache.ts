import type Sqlite from 'better-sqlite3-multiple-ciphers';
import { prepared, type Store } from '../store.ts';

/**
 * Every client's position in Czech alphabetical order, by the rowid the search index uses, kept
 * in memory. Sorting thousands of matches of a short prefix by reading their sort keys from disk
 * costs tens of milliseconds; with this array it is a lookup per match. Rebuilt when the
 * register changed: through this connection (the triggers' key function counts the changes)
 * or through another one (PRAGMA data_version).
 */
export interface SortRanks {
  rankByRowid: Int32Array;
  rowidByRank: Int32Array;
}

interface RankCache extends SortRanks {
  changes: number;
  dataVersion: number;
}

const keyChanges = new WeakMap<Sqlite.Database, number>();
const caches = new WeakMap<Store, RankCache>();

/** Called by the sort-key function the triggers run whenever a client row is written. */
export function noteClientKeyChange(sqlite: Sqlite.Database): void {
  keyChanges.set(sqlite, (keyChanges.get(sqlite) ?? 0) + 1);
}

/** Changes whenever the register may have changed, through this connection or another. */
export function registerVersion(store: Store): { changes: number; dataVersion: number } {
  return {
    changes: keyChanges.get(store.sqlite) ?? 0,
    dataVersion: store.sqlite.pragma('data_version', { simple: true }) as number,
  };
}

export function readSortRanks(store: Store): SortRanks {
  const { changes, dataVersion } = registerVersion(store);
  const cached = caches.get(store);
  if (cached && cached.changes === changes && cached.dataVersion === dataVersion) {
    return cached;
  }
  const { maxRowid, count } = prepared(
    store,
    'SELECT coalesce(max(client_rowid), 0) AS maxRowid, count(*) AS count FROM client_keys',
  ).get() as { maxRowid: number; count: number };
  // Rank 0 means "not a client any more"; real ranks start at 1.
  const rankByRowid = new Int32Array(maxRowid + 1);
  const rowidByRank = new Int32Array(count + 1);
  let rank = 0;
  const rowids = prepared(
    store,
    'SELECT client_rowid FROM client_keys ORDER BY sort_key, client_rowid',
  )
    .pluck()
    .iterate() as IterableIterator<number>;
  for (const rowid of rowids) {
    rank += 1;
    rankByRowid[rowid] = rank;
    rowidByRank[rank] = rowid;
  }
  const cache = { changes, dataVersion, rankByRowid, rowidByRank };
  caches.set(store, cache);
  return cache;
}
