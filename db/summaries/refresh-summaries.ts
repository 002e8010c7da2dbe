import { selectFirst } from '../query.ts';
import type { Store } from '../store.ts';
import { collectMerged } from './period-acts.ts';
import { getActDays } from './report-range.ts';
import { collectGroups, forEachClientYear } from './client-years.ts';
import { blockOf, type ClientYear, packBlock, unpackBlock } from './summary-blob.ts';

/**
 * Brings report_summary_blocks up to date with the acts: recounts every client the triggers noted
 * in report_dirty (and the records merged into them, whose acts count for them), then empties
 * the note. Above this share of the register one scan of all acts is cheaper than looking up
 * each client's acts (after a demo fill, a migration or a large import).
 */
const wholeRegisterShare = 0.2;
const collectAffected = `INSERT INTO temp.report_refresh
  WITH RECURSIVE affected(id) AS (
    SELECT client_id FROM report_dirty
    UNION
    SELECT c.id FROM clients c JOIN affected a ON c.merged_into = a.id
  )
  SELECT id FROM affected`;

const tempTables = `CREATE TEMP TABLE report_refresh (client_id TEXT PRIMARY KEY) WITHOUT ROWID;
  CREATE TEMP TABLE report_refresh_groups (client_rowid INTEGER, person INTEGER,
    nationality TEXT, month TEXT, type TEXT, town TEXT, kind TEXT, acts INTEGER)`;
const dropTempTables = `DROP TABLE IF EXISTS temp.report_refresh;
  DROP TABLE IF EXISTS temp.report_refresh_groups; DROP TABLE IF EXISTS temp.report_merged`;

/** True when no act, lesson, course or client has changed since the summaries were counted. */
export function summariesAreFresh(store: Store): boolean {
  const dirty = selectFirst(
    store,
    store.db.selectFrom('report_dirty').select('client_id').limit(1),
  );
  return dirty === undefined;
}

/**
 * Runs `read` in one transaction over up-to-date summaries: what everything that counts from
 * them goes through. Inside a caller's transaction nothing is recounted (a write there could
 * meet a stale snapshot); stale summaries are then simply not used (forEachPeriodGroup,
 * reportGeneration), so callers that open one call this first.
 */
export function withFreshSummaries<T>(
  store: Store,
  read: () => T,
  mode: 'deferred' | 'immediate' = 'deferred',
): T {
  if (!store.sqlite.inTransaction) refreshReportSummaries(store);
  const transaction = store.sqlite.transaction(read);
  return mode === 'immediate' ? transaction.immediate() : transaction();
}

/**
 * How many times the summaries have recounted a change, or null while a change waits (then
 * nothing derived from the acts may be taken from a cache).
 */
export function reportGeneration(store: Store): number | null {
  if (!summariesAreFresh(store)) return null;
  return selectFirst(store, store.db.selectFrom('report_generation').select('n'))!.n;
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
// raw SQL: the summaries refresh, over temp tables and the whole register; Kysely would add ~4.6 µs a statement (bench query-builder)
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

/**
 * Every client recounted, a year at a time: each year's acts are read through the covering
 * indexes by date, as that year's report reads them, and its blocks written as the clients
 * stream by in rowid order. All years in one query would look up each attendance row's lesson
 * at random across the whole file — 20 GB of reads at 300 000 clients × 5 years.
 */
// raw SQL: one insert per block of 256 clients' year; Kysely would add ~4.6 µs a call (bench query-builder)
function writeAllBlocks(store: Store) {
  const db = store.sqlite;
  const insert = db.prepare(insertBlock);
  const collect = db.prepare(collectGroups('WHERE x.date BETWEEN @from AND @to'));
  const days = getActDays(store);
  const first = Number(days.firstDate?.slice(0, 4));
  const last = Number(days.lastDate?.slice(0, 4));
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
// raw SQL: reads and rewrites each changed block; Kysely would add ~4.6 µs a call (bench query-builder)
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
