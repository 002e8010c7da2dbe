import { prepared, type Store } from '../store.ts';
import type { Hlc } from './hlc.ts';
import {
  decodeKeys,
  decodeValue,
  hlcCounterSql,
  hlcWallSql,
  type LocalOpKey,
} from './op-encoding.ts';
import type { StoredValue } from './synced-tables.ts';

// raw SQL: an import runs these per operation, ~8 µs each (bench sync: 8.1 s for 967 866);
// Kysely's compile would add ~4.6 µs per statement (bench query-builder).

/** What the apply path needs to know of an operation it holds: to rank it and to show it. */
export interface HeldOperation {
  key: LocalOpKey;
  hlc: Hlc;
  /** The origin site's UUID: the tie-break of equal clocks, the same at every office. */
  site: string;
  value: StoredValue;
  deps: LocalOpKey[];
  author: number | null;
}

/**
 * The UUID of an op_sites id, through a cache that lives for one transaction (op-interning.ts:
 * an id taken in a transaction that rolls back is given to the next string).
 */
export function siteUuidOf(store: Store, cache: Map<number, string>, id: number): string {
  let uuid = cache.get(id);
  if (uuid === undefined) {
    uuid = prepared(store, 'SELECT uuid FROM op_sites WHERE id = ?').pluck().get(id) as string;
    cache.set(id, uuid);
  }
  return uuid;
}

export function readHeldOperation(
  store: Store,
  siteCache: Map<number, string>,
  key: LocalOpKey,
): HeldOperation {
  const row = prepared(
    store,
    `SELECT ${hlcWallSql('hlc')} AS wall, ${hlcCounterSql('hlc')} AS logical, value, deps, author
     FROM ops WHERE site = ? AND counter = ?`,
  ).get(key[0], key[1]) as
    | {
        wall: number;
        logical: number;
        value: StoredValue | Uint8Array;
        deps: Uint8Array | null;
        author: number | null;
      }
    | undefined;
  if (!row) throw new Error(`Head ${key.join(':')} is not in the change log`);
  return {
    key,
    hlc: { wall: row.wall, counter: row.logical },
    site: siteUuidOf(store, siteCache, key[0]),
    value: decodeValue(row.value),
    deps: decodeKeys(row.deps),
    author: row.author,
  };
}

export function isHeld(store: Store, key: LocalOpKey): boolean {
  return (
    prepared(store, 'SELECT 1 FROM ops WHERE site = ? AND counter = ?').get(key[0], key[1]) !==
    undefined
  );
}

/** The order of SYNC.md: the highest (hlc, site) wins, the same choice at every office. */
export function compareRank(a: { hlc: Hlc; site: string }, b: { hlc: Hlc; site: string }): number {
  return (
    a.hlc.wall - b.hlc.wall ||
    a.hlc.counter - b.hlc.counter ||
    (a.site < b.site ? -1 : a.site > b.site ? 1 : 0)
  );
}
