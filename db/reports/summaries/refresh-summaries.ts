import type { Store } from '../../store.ts';
import { collectMerged, countedPerson } from '../period-acts.ts';
import {
  blockOf,
  type ClientYear,
  type ComboMonths,
  packBlock,
  unpackBlock,
} from './summary-blob.ts';

/**
 * Brings report_summary_blocks up to date with the acts: recounts every client the triggers noted
 * in report_dirty (and the records merged into them, whose acts count for them), then empties
 * the note. Above this share of the register one scan of all acts is cheaper than looking up
 * each client's acts (after a demo fill, a migration or a large import).
 */
const wholeRegisterShare = 0.2;
/** Grouped rows read back at a time: memory stays flat however many acts are recounted. */
const chunkRows = 50_000;

const collectAffected = `INSERT INTO temp.report_refresh
  WITH RECURSIVE affected(id) AS (
    SELECT client_id FROM report_dirty
    UNION
    SELECT c.id FROM clients c JOIN affected a ON c.merged_into = a.id
  )
  SELECT id FROM affected`;

/** The acts grouped by client, month and combo, with the person and nationality they count for. */
const collectGroups = (filter: string) => `INSERT INTO temp.report_refresh_groups
  SELECT c.rowid, p.rowid, p.nationality, g.month, g.type, g.town, g.kind, g.acts
  FROM (SELECT x.client_id, substr(x.date, 1, 7) AS month, x.type, x.town,
      x.course_kind AS kind, count(*) AS acts
    FROM all_acts x ${filter}
    GROUP BY x.client_id, month, x.type, x.town, x.course_kind) g
  JOIN clients c ON c.id = g.client_id
  ${countedPerson('g.client_id')}
  ORDER BY c.rowid, g.month`;

interface GroupRow {
  id: number;
  clientRowid: number;
  person: number;
  nationality: string;
  month: string;
  type: string;
  town: string;
  kind: string | null;
  acts: number;
}

const tempTables = `CREATE TEMP TABLE report_refresh (client_id TEXT PRIMARY KEY) WITHOUT ROWID;
  CREATE TEMP TABLE report_refresh_groups (client_rowid INTEGER, person INTEGER,
    nationality TEXT, month TEXT, type TEXT, town TEXT, kind TEXT, acts INTEGER)`;
const dropTempTables = `DROP TABLE IF EXISTS temp.report_refresh;
  DROP TABLE IF EXISTS temp.report_refresh_groups; DROP TABLE IF EXISTS temp.report_merged`;

/** True when no act, lesson, course or client has changed since the summaries were counted. */
export function summariesAreFresh(store: Store): boolean {
  return store.sqlite.prepare('SELECT NOT EXISTS (SELECT 1 FROM report_dirty)').pluck().get() === 1;
}

/**
 * How many times the summaries have recounted a change, or null while a change waits (then
 * nothing derived from the acts may be taken from a cache).
 */
export function reportGeneration(store: Store): number | null {
  if (!summariesAreFresh(store)) return null;
  return store.sqlite.prepare('SELECT n FROM report_generation').pluck().get() as number;
}

/**
 * How the changed clients are recounted: `whole` rebuilds every block from all acts, `changed`
 * rewrites only their blocks, `auto` picks by how many changed. Both give the same blocks
 * (tested); the choice is only about speed.
 */
export type RecountMode = 'auto' | 'whole' | 'changed';
/** Below this many changed clients the register is never counted, let alone rebuilt. */
const fewClients = 1_000;

/**
 * Recounts the summaries of changed clients in one IMMEDIATE transaction (a savepoint when the
 * caller already holds one). Returns how many clients were recounted; 0 costs one lookup.
 */
export function refreshReportSummaries(store: Store, mode: RecountMode = 'auto'): number {
  const db = store.sqlite;
  if (summariesAreFresh(store)) return 0;
  const refresh = db.transaction(() => {
    db.exec(dropTempTables);
    db.exec(tempTables);
    db.exec(collectMerged);
    try {
      db.exec(collectAffected);
      const affected = db
        .prepare('SELECT count(*) FROM temp.report_refresh')
        .pluck()
        .get() as number;
      const registered = () => db.prepare('SELECT count(*) FROM clients').pluck().get() as number;
      const isWhole =
        mode === 'whole' ||
        (mode === 'auto' && affected > fewClients && affected > wholeRegisterShare * registered());
      if (isWhole) {
        db.exec('DELETE FROM report_summary_blocks');
        writeAllBlocks(store);
      } else {
        db.exec(collectGroups('WHERE x.client_id IN (SELECT client_id FROM temp.report_refresh)'));
        rewriteBlocks(store);
      }
      db.exec(`DELETE FROM report_dirty; DELETE FROM report_erased;
        UPDATE report_generation SET n = n + 1`);
      return affected;
    } finally {
      db.exec(dropTempTables);
    }
  });
  return refresh.immediate();
}

const insertBlock = `INSERT INTO report_summary_blocks (year, block, clients) VALUES (?, ?, ?)`;

/** The first or last day with an act (of those with a date), each source on its date index. */
const edgeDay = (order: 'ASC' | 'DESC') => {
  const dated = (column: string) => `${column} BETWEEN '0001-01-01' AND '9999-12-31'`;
  const edge = (table: string, column: string, live: string) =>
    `SELECT * FROM (SELECT ${column} AS day FROM ${table} WHERE ${live} AND ${dated(column)}
      ORDER BY ${column} ${order} LIMIT 1)`;
  return `SELECT ${order === 'ASC' ? 'min' : 'max'}(day) FROM (
    ${edge('service_acts', 'date', 'deleted = 0')}
    UNION ALL ${edge('loans', 'loaned_on', 'deleted = 0')}
    UNION ALL ${edge('lessons', 'date', 'deleted = 0 AND is_cancelled = 0')})`;
};

/**
 * Every client recounted, a year at a time: each year's acts are read through the covering
 * indexes by date, as that year's report reads them, and its blocks written as the clients
 * stream by in rowid order. All years in one query would look up each attendance row's lesson
 * at random across the whole file — 20 GB of reads at 300 000 clients × 5 years.
 */
function writeAllBlocks(store: Store) {
  const db = store.sqlite;
  const insert = db.prepare(insertBlock);
  const collect = db.prepare(collectGroups('WHERE x.date BETWEEN @from AND @to'));
  const yearOf = (order: 'ASC' | 'DESC') =>
    Number((db.prepare(edgeDay(order)).pluck().get() as string | null)?.slice(0, 4));
  const first = yearOf('ASC');
  const last = yearOf('DESC');
  if (!Number.isInteger(first) || !Number.isInteger(last)) return;
  for (let year = first; year <= last; year++) {
    db.exec('DELETE FROM temp.report_refresh_groups');
    collect.run({ from: `${year}-01-01`, to: `${year}-12-31` });
    let block = -1;
    let clients: ClientYear[] = [];
    const flush = () => {
      if (clients.length > 0) insert.run(year, block, packBlock(clients));
      clients = [];
    };
    forEachClientYear(store, (_, client) => {
      if (blockOf(client.clientRowid) !== block) {
        flush();
        block = blockOf(client.clientRowid);
      }
      clients.push(client);
    });
    flush();
  }
}

/** Some clients recounted: their blocks, in every year, rewritten without and then with them. */
function rewriteBlocks(store: Store) {
  const db = store.sqlite;
  const recounted = new Set(
    db
      .prepare(
        `SELECT c.rowid FROM temp.report_refresh r JOIN clients c ON c.id = r.client_id
         UNION SELECT client_rowid FROM report_erased`,
      )
      .pluck()
      .all() as number[],
  );
  const blocks = new Map<string, { year: number; block: number; clients: ClientYear[] }>();
  const blockAt = (year: number, block: number) => {
    const key = `${year}:${block}`;
    let found = blocks.get(key);
    if (!found) {
      found = { year, block, clients: [] };
      blocks.set(key, found);
    }
    return found;
  };
  const stored = db.prepare('SELECT year, clients FROM report_summary_blocks WHERE block = ?');
  for (const block of new Set([...recounted].map(blockOf))) {
    for (const row of stored.all(block) as { year: number; clients: Uint8Array }[]) {
      const kept = unpackBlock(row.clients).filter((client) => !recounted.has(client.clientRowid));
      blockAt(row.year, block).clients.push(...kept);
    }
  }
  forEachClientYear(store, (year, client) => {
    blockAt(year, blockOf(client.clientRowid)).clients.push(client);
  });
  const remove = db.prepare('DELETE FROM report_summary_blocks WHERE year = ? AND block = ?');
  const insert = db.prepare(insertBlock);
  for (const { year, block, clients } of blocks.values()) {
    remove.run(year, block);
    if (clients.length > 0) insert.run(year, block, packBlock(clients));
  }
}

/**
 * The grouped rows (in client and month order) as one record per client and year, read back in
 * chunks so that memory stays flat however many acts are recounted.
 */
function forEachClientYear(store: Store, visit: (year: number, client: ClientYear) => void) {
  const db = store.sqlite;
  const combos = comboIds(store);
  const read = db.prepare(`SELECT rowid AS id, client_rowid AS clientRowid, person, nationality,
      month, type, town, kind, acts
    FROM temp.report_refresh_groups WHERE rowid > ? ORDER BY rowid LIMIT ${chunkRows}`);

  // The client and year being read, and its combos so far.
  const current: { year: number; client: ClientYear | null } = { year: -1, client: null };
  let entries = new Map<number, ComboMonths>();
  const flush = () => {
    if (current.client === null) return;
    visit(current.year, { ...current.client, entries: [...entries.values()] });
    entries = new Map();
  };

  for (let after = 0; ;) {
    const rows = read.all(after) as GroupRow[];
    for (const row of rows) {
      const month = /^(\d{4})-(\d{2})$/.exec(row.month);
      const monthNumber = Number(month?.[2]);
      // A malformed date lies outside every run of whole months: only the exact count sees it.
      if (!month || monthNumber < 1 || monthNumber > 12) continue;
      const year = Number(month[1]);
      if (current.client?.clientRowid !== row.clientRowid || current.year !== year) {
        flush();
        current.year = year;
        current.client = { clientRowid: row.clientRowid, person: row.person, entries: [] };
      }
      const combo = combos(row.type, row.town, row.kind, row.nationality);
      let entry = entries.get(combo);
      if (!entry) {
        entry = { combo, acts: Array.from({ length: 12 }, () => 0) };
        entries.set(combo, entry);
      }
      entry.acts[monthNumber - 1]! += row.acts;
    }
    if (rows.length < chunkRows) break;
    after = rows[rows.length - 1]!.id;
  }
  flush();
}

type ComboKey = [type: string, town: string, kind: string | null, nationality: string];

/** The id of each (type, town, course kind, nationality), added to report_combos when first seen. */
function comboIds(store: Store): (...key: ComboKey) => number {
  const db = store.sqlite;
  const known = new Map<string, number>();
  const rows = db.prepare('SELECT id, type, town, kind, nationality FROM report_combos').all() as {
    id: number;
    type: string;
    town: string;
    kind: string | null;
    nationality: string;
  }[];
  for (const row of rows)
    known.set(JSON.stringify([row.type, row.town, row.kind, row.nationality]), row.id);
  const add = db.prepare(
    'INSERT INTO report_combos (type, town, kind, nationality) VALUES (?, ?, ?, ?)',
  );
  return (...key) => {
    const found = known.get(JSON.stringify(key));
    if (found !== undefined) return found;
    const id = Number(add.run(...key).lastInsertRowid);
    known.set(JSON.stringify(key), id);
    return id;
  };
}
