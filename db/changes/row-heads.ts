import { prepared, type Store } from '../store.ts';
import { pushVarint, readVarint } from './op-encoding.ts';

// raw SQL: the write path runs these per field written, ~7 µs each (bench write-path: ~700 ms for
// 100 002 values); Kysely's compile would add ~4.6 µs per statement (bench query-builder).

/**
 * The heads of every field of a row (its operations no other operation depends on): field id
 * (op_fields) → the heads' keys encoded as `deps` is (op-encoding.ts), so a head list becomes
 * the next operation's deps without decoding.
 */
export type RowHeads = Map<number, Uint8Array>;

/**
 * One `row_heads` record per row id, heads of all its fields in one blob: varint field id,
 * varint byte length, the keys. Keyed by the row alone — the field ids say which table — so a
 * write reads and writes one small record per row instead of one per field.
 */
export function decodeRowHeads(blob: Uint8Array): RowHeads {
  const heads: RowHeads = new Map();
  const state = { offset: 0 };
  while (state.offset < blob.length) {
    const field = readVarint(blob, state);
    const length = readVarint(blob, state);
    heads.set(field, blob.subarray(state.offset, state.offset + length));
    state.offset += length;
  }
  return heads;
}

export function encodeRowHeads(heads: RowHeads): Buffer {
  const parts: Uint8Array[] = [];
  for (const [field, keys] of heads) {
    const prefix: number[] = [];
    pushVarint(prefix, field);
    pushVarint(prefix, keys.length);
    parts.push(Uint8Array.from(prefix), keys);
  }
  return Buffer.concat(parts);
}

export function readRowHeads(store: Store, row: Buffer | string): RowHeads {
  return readRowHeadsRecord(store, row) ?? new Map();
}

/** The row's heads, or undefined when it has no record yet (a row new to this database). */
export function readRowHeadsRecord(store: Store, row: Buffer | string): RowHeads | undefined {
  const found = prepared(store, 'SELECT heads FROM row_heads WHERE row = ?').get(row) as
    { heads: Uint8Array } | undefined;
  return found ? decodeRowHeads(found.heads) : undefined;
}

export function saveRowHeads(store: Store, row: Buffer | string, heads: RowHeads): void {
  prepared(
    store,
    `INSERT INTO row_heads (row, heads) VALUES (?, ?)
     ON CONFLICT (row) DO UPDATE SET heads = excluded.heads`,
  ).run(row, encodeRowHeads(heads));
}
