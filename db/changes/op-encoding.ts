import type { StoredValue } from './synced-tables.ts';

/**
 * How the change log stores an operation compactly (SYNC.md "Compact"; the layout is made by
 * migration 2026_12_02_1000_compact_change_log):
 *
 * - site and author: local integers of `op_sites` (uuid → id); table and column: `op_fields`.
 *   Both mappings are local: a sync file carries the UUIDs and names, and import maps them.
 * - value: a UUID (a reference to another row) as its 16 bytes, anything else unchanged.
 * - hlc: one INTEGER, wall ms × 2^20 + logical counter — ordered exactly as the former
 *   fixed-width text was. 20 bits leave room for a million events in one millisecond, and the
 *   wall part lasts until the year 2248 within a signed 64-bit integer.
 * - row: a canonical (lower-case) UUID as its 16 bytes, a `uuid:uuid` pair (attendance) as 32;
 *   any other id (settings keys, legacy refs) as its text, so an id always decodes to exactly
 *   the text it was written as.
 * - deps, and each field's heads in `row_heads`: operation keys as unsigned LEB128 varints,
 *   (site id, counter) after each other; NULL for no deps. Most keys take 3–5 bytes.
 */

/** Bits of the logical counter in an hlc integer. */
export const hlcCounterBits = 20;
export const hlcCounterLimit = 2 ** hlcCounterBits;

/**
 * SQL that turns bound (wall, counter) into the stored hlc. The product exceeds 2^53, so it is
 * computed by SQLite in 64-bit integers — after a CAST, as a bound JS number may arrive as a
 * REAL, and REAL arithmetic would round the counter away.
 */
export const hlcFromPartsSql = `(CAST(? AS INTEGER) << ${hlcCounterBits}) | CAST(? AS INTEGER)`;
/** SQL reading the parts of a stored hlc column `column` (JS numbers stay exact this way). */
export const hlcWallSql = (column: string) => `(${column} >> ${hlcCounterBits})`;
export const hlcCounterSql = (column: string) => `(${column} & ${hlcCounterLimit - 1})`;

/** Each ASCII code's value as a lower-case hex digit, or -1. */
const hexDigit = new Int8Array(128).fill(-1);
for (let digit = 0; digit < 16; digit++) hexDigit['0123456789abcdef'.charCodeAt(digit)] = digit;

/**
 * The 16 bytes of a canonical (lower-case, hyphenated) UUID written into `target` at `offset`,
 * or false if `text` from `start` is not one. A loop over char codes: the regular expression and
 * the hex parse it replaces were a tenth of an import's time (4 in 10 values are UUIDs).
 */
function writeUuid(text: string, start: number, target: Uint8Array, offset: number): boolean {
  let byte = offset;
  for (let index = start; index < start + 36;) {
    const at = index - start;
    if (at === 8 || at === 13 || at === 18 || at === 23) {
      if (text.charCodeAt(index) !== 45) return false;
      index += 1;
      continue;
    }
    const high = hexDigit[text.charCodeAt(index)] ?? -1;
    const low = hexDigit[text.charCodeAt(index + 1)] ?? -1;
    if (high < 0 || low < 0) return false;
    target[byte++] = (high << 4) | low;
    index += 2;
  }
  return true;
}

/** Whether `text` is a canonical UUID (lower-case hex, hyphens at 8, 13, 18 and 23). */
export function isCanonicalUuid(text: string): boolean {
  return text.length === 36 && writeUuid(text, 0, scratch, 0);
}

const scratch = new Uint8Array(32);

/** A canonical UUID's 16 bytes, or undefined if `text` is not one. */
function uuidBytes(text: string): Buffer | undefined {
  if (text.length !== 36 || !writeUuid(text, 0, scratch, 0)) return undefined;
  return Buffer.from(scratch.subarray(0, 16));
}

/**
 * The stored form of a row id: a canonical UUID as its 16 bytes, an attendance mark's
 * `lesson:client` pair of UUIDs as their 32, any other id as its text.
 */
export function encodeRowId(id: string): Buffer | string {
  if (id.length === 36) return uuidBytes(id) ?? id;
  if (
    id.length === 73 &&
    id.charCodeAt(36) === 58 &&
    writeUuid(id, 0, scratch, 0) &&
    writeUuid(id, 37, scratch, 16)
  ) {
    return Buffer.from(scratch);
  }
  return id;
}

function formatUuid(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

export function decodeRowId(stored: Uint8Array | string): string {
  if (typeof stored === 'string') return stored;
  const hex = Buffer.from(stored).toString('hex');
  return hex.length === 64
    ? `${formatUuid(hex.slice(0, 32))}:${formatUuid(hex.slice(32))}`
    : formatUuid(hex);
}

/**
 * The stored form of a field value: a canonical UUID (a reference to another row: 4 in 10
 * operations) as its 16 bytes; everything else as it is. Field values are never blobs
 * (StoredValue), so a blob always means a UUID.
 */
export function encodeValue(value: StoredValue): StoredValue | Buffer {
  return typeof value === 'string' ? (uuidBytes(value) ?? value) : value;
}

export function decodeValue(stored: StoredValue | Uint8Array): StoredValue {
  return stored instanceof Uint8Array ? formatUuid(Buffer.from(stored).toString('hex')) : stored;
}

const hexGlob = '[0-9a-f]';
const uuidGlob = [8, 4, 4, 4, 12].map((n) => hexGlob.repeat(n)).join('-');

/** The same as encodeRowId, in SQL over a text expression (for queries given ids as JSON). */
export const rowIdSql = (text: string) =>
  `CASE WHEN ${text} GLOB '${uuidGlob}' THEN unhex(replace(${text}, '-', ''))
   WHEN ${text} GLOB '${uuidGlob}:${uuidGlob}'
     THEN unhex(replace(replace(${text}, '-', ''), ':', ''))
   ELSE ${text} END`;

/** Appends `value` (a non-negative safe integer) as an unsigned LEB128 varint. */
export function pushVarint(bytes: number[], value: number): void {
  let rest = value;
  while (rest >= 0x80) {
    bytes.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  bytes.push(rest);
}

/** Reads the varint at `state.offset` and moves past it. */
export function readVarint(bytes: Uint8Array, state: { offset: number }): number {
  let value = 0;
  let scale = 1;
  for (;;) {
    const byte = bytes[state.offset++];
    if (byte === undefined) throw new Error('Truncated varint in the change log');
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) return value;
    scale *= 0x80;
  }
}

/** Operation keys as local (site id, counter) pairs. */
export type LocalOpKey = [siteId: number, counter: number];

export function encodeKeys(keys: readonly LocalOpKey[]): Buffer | null {
  if (keys.length === 0) return null;
  const bytes: number[] = [];
  for (const [site, counter] of keys) {
    pushVarint(bytes, site);
    pushVarint(bytes, counter);
  }
  return Buffer.from(bytes);
}

export function decodeKeys(stored: Uint8Array | null): LocalOpKey[] {
  if (stored === null) return [];
  const keys: LocalOpKey[] = [];
  const state = { offset: 0 };
  while (state.offset < stored.length) {
    keys.push([readVarint(stored, state), readVarint(stored, state)]);
  }
  return keys;
}
