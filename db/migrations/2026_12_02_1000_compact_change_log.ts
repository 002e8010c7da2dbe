import { type Kysely, sql } from 'kysely';

/*
 * The compact change log of SYNC.md: every operation kept, stored in about a quarter of the
 * bytes. Site, author, table and column become small local integers (op_sites, op_fields: not
 * synced — a sync file carries the UUIDs and names), the text HLC one integer, row ids 16-byte
 * blobs, so are values that are UUIDs (references to other rows: field values are never
 * blobs), deps and heads varint pairs instead of JSON. The encodings are described, and written
 * by the app, in db/changes/op-encoding.ts; this frozen file spells them in SQL.
 */

/** Bits of the HLC's logical counter: hlc = wall ms × 2^20 + counter. */
const counterBits = 20;

/** SQL giving the hex of `value` (a non-negative integer below 2^63) as an unsigned LEB128 varint. */
function varintHex(value: string): string {
  const cases: string[] = [];
  for (let bytes = 1; bytes <= 9; bytes++) {
    const parts = Array.from({ length: bytes }, (_, index) => {
      const shifted = index === 0 ? `(${value})` : `((${value}) >> ${7 * index})`;
      return index === bytes - 1 ? `${shifted} & 127` : `(${shifted} & 127) | 128`;
    });
    const format = `printf('${'%02X'.repeat(bytes)}', ${parts.join(', ')})`;
    cases.push(
      bytes === 9 ? `ELSE ${format}` : `WHEN (${value}) < ${2 ** (7 * bytes)} THEN ${format}`,
    );
  }
  return `(CASE ${cases.join(' ')} END)`;
}

const hex = '[0-9a-f]';
const uuidGlob = [8, 4, 4, 4, 12].map((n) => hex.repeat(n)).join('-');
/** A canonical UUID as its 16 bytes, a `uuid:uuid` pair (attendance) as 32, other ids as text. */
const rowKey = (text: string) =>
  `CASE WHEN ${text} GLOB '${uuidGlob}' THEN unhex(replace(${text}, '-', ''))
   WHEN ${text} GLOB '${uuidGlob}:${uuidGlob}'
     THEN unhex(replace(replace(${text}, '-', ''), ':', ''))
   ELSE ${text} END`;

/** Varint hex of a JSON array [[site uuid, counter], ...], in its order. */
const keysHex = (json: string) => `(SELECT group_concat(
    ${varintHex('(SELECT id FROM op_sites WHERE uuid = k.value ->> 0)')} ||
    ${varintHex('k.value ->> 1')}, '' ORDER BY k.key)
  FROM json_each(${json}) k)`;

export async function up(db: Kysely<any>): Promise<void> {
  const run = (text: string) => sql.raw(text).execute(db);

  await run(`CREATE TABLE op_sites (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE
  ) STRICT`);
  await run(`CREATE TABLE op_fields (
    id INTEGER PRIMARY KEY,
    table_name TEXT NOT NULL,
    column_name TEXT NOT NULL,
    UNIQUE (table_name, column_name)
  ) STRICT`);
  await run(`INSERT INTO op_sites (uuid)
    SELECT uuid FROM (SELECT site AS uuid FROM ops UNION SELECT author FROM ops
      WHERE author IS NOT NULL UNION SELECT site FROM version_vector) ORDER BY uuid`);
  await run(`INSERT INTO op_fields (table_name, column_name)
    SELECT DISTINCT table_name, column_name FROM ops ORDER BY table_name, column_name`);

  // row is ANY: a 16-byte blob for a UUID, text for other ids (settings keys, legacy refs).
  // The by-row index is on row alone: with field too it measured 2 bytes more per operation
  // (33.3 against 31.3 on a demo register), and a row's operations are few enough to filter
  // by field after the lookup.
  await run(`CREATE TABLE compact_ops (
    site INTEGER NOT NULL,
    counter INTEGER NOT NULL,
    hlc INTEGER NOT NULL,
    field INTEGER NOT NULL,
    row ANY NOT NULL,
    value ANY,
    deps BLOB,
    author INTEGER,
    PRIMARY KEY (site, counter)
  ) STRICT, WITHOUT ROWID`);
  await run(`INSERT INTO compact_ops (site, counter, hlc, field, row, value, deps, author)
    SELECT s.id, o.counter,
      CAST(substr(o.hlc, 1, 15) AS INTEGER) * ${2 ** counterBits}
        + CAST(substr(o.hlc, 17) AS INTEGER),
      f.id, ${rowKey('o.row_id')},
      CASE WHEN typeof(o.value) = 'text' AND o.value GLOB '${uuidGlob}'
        THEN unhex(replace(o.value, '-', '')) ELSE o.value END,
      CASE WHEN json_array_length(o.deps) = 0 THEN NULL ELSE unhex(${keysHex('o.deps')}) END,
      a.id
    FROM ops o
    JOIN op_sites s ON s.uuid = o.site
    JOIN op_fields f ON f.table_name = o.table_name AND f.column_name = o.column_name
    LEFT JOIN op_sites a ON a.uuid = o.author
    ORDER BY o.site, o.counter`);
  await run(`DROP TABLE ops`);
  await run(`ALTER TABLE compact_ops RENAME TO ops`);
  await run(`CREATE INDEX ops_by_row ON ops (row)`);

  // Heads of all fields of a row in one blob: varint field id, varint byte length, the keys
  // (varint site id, varint counter each). Keyed by the row alone; the fields name the table.
  await run(`CREATE TABLE compact_row_heads (
    row ANY PRIMARY KEY,
    heads BLOB NOT NULL
  ) STRICT, WITHOUT ROWID`);
  await run(`INSERT INTO compact_row_heads (row, heads)
    SELECT row, unhex(group_concat(entry, '' ORDER BY field)) FROM (
      SELECT ${rowKey('h.row_id')} AS row, f.id AS field,
        ${varintHex('f.id')} || ${varintHex(`length(${keysHex('e.value')}) / 2`)}
          || ${keysHex('e.value')} AS entry
      FROM row_heads h, json_each(h.heads) e
      JOIN op_fields f ON f.table_name = h.table_name AND f.column_name = e.key
      WHERE json_array_length(e.value) > 0)
    GROUP BY row`);
  await run(`DROP TABLE row_heads`);
  await run(`ALTER TABLE compact_row_heads RENAME TO row_heads`);
}
