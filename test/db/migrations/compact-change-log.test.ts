import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSiteId } from '../../../db/changes/local-meta.ts';
import { writeRow } from '../../../db/changes/write-row.ts';
import { runWrite } from '../../../db/changes/write-transaction.ts';
import { migrateToLatest } from '../../../db/connection/migrate.ts';
import { configureDatabase, openCheckedDatabase } from '../../../db/connection/open-database.ts';
import { registerSqlFunctions } from '../../../db/connection/sql-functions.ts';
import { newId } from '../../../db/ids.ts';
import { createSite } from '../../../db/site/site-queries.ts';
import { createStore, type Store } from '../../../db/store.ts';
import { type DecodedOperation, readAllHeads, readOperations } from '../../helpers/change-log.ts';
import {
  captureCompactWrites,
  compactLogVersion,
  migrationNames,
  writeCapturedAsOldLog,
} from '../../helpers/old-schema.ts';
import { makeTempDir } from '../../helpers/temp-database.ts';

interface OldOp {
  site: string;
  counter: number;
  hlc: string;
  table_name: string;
  row_id: string;
  column_name: string;
  value: string | number | null;
  deps: string;
  author: string | null;
}

/**
 * Migration 2026_12_02_1000_compact_change_log on a log written before it: every operation
 * comes back the same (site, counter, clock, table, row, column, value, deps, author), every
 * row's heads too, and the next write continues the counter.
 */
describe('the compact change log migration', () => {
  const temp = makeTempDir();
  let store: Store;
  let before: DecodedOperation[];
  let headsBefore: Record<string, Record<string, [string, number][]>>;
  let wall = Date.UTC(2026, 10, 30, 9);

  beforeAll(async () => {
    const file = join(temp.dir, 'old.sqlite');
    const sqlite = openCheckedDatabase({ file, mode: 'create' });
    registerSqlFunctions(sqlite);
    configureDatabase(sqlite);
    store = createStore(sqlite, file, () => wall);
    await migrateToLatest(store, { upTo: migrationNames[compactLogVersion - 2]! });
    captureCompactWrites(sqlite);
    createSite(store, { name: 'Centrum Liberec', town: 'Liberec', isHq: true, adminName: 'Petra' });
    const site = readSiteId(store)!;
    const authors = [newId(), newId(), null];
    const clients = [newId(), newId(), newId()];
    runWrite(store, authors[0]!, (w) => {
      for (const author of authors.slice(0, 2)) {
        writeRow(w, 'users', author!, { name: `Pracovník ${author}`, role: 'reception' });
        writeRow(w, 'users', author!, { site_id: site });
      }
    });
    for (let round = 0; round < 4; round++) {
      // Same-millisecond writes and a clock set back: the logical counter carries the order.
      wall += round === 2 ? -60_000 : round;
      runWrite(store, authors[round % 3]!, (w) => {
        for (const [index, id] of clients.entries()) {
          writeRow(w, 'clients', id, {
            family_name: `Nguyễn ${round}`,
            nationality: 'VN',
            note: round % 2 === 0 ? `poznámka ${index}` : '',
            merged_into: round === 3 && index > 0 ? clients[0]! : null,
          });
        }
        writeRow(w, 'settings', 'fundingLine', { value: round });
        writeRow(w, 'attendance', `${clients[0]}:${clients[round % 3]}`, {
          lesson_id: clients[0]!,
          client_id: clients[round % 3]!,
          is_present: round % 2 === 1,
        });
      });
    }
    writeCapturedAsOldLog(sqlite);
    const old = sqlite.prepare('SELECT * FROM ops ORDER BY site, counter').all() as OldOp[];
    before = old.map((op) => ({
      site: op.site,
      counter: op.counter,
      hlc: op.hlc,
      table: op.table_name,
      rowId: op.row_id,
      column: op.column_name,
      value: op.value,
      deps: JSON.parse(op.deps) as [string, number][],
      author: op.author,
    }));
    headsBefore = Object.fromEntries(
      (
        sqlite.prepare('SELECT table_name, row_id, heads FROM row_heads').all() as {
          table_name: string;
          row_id: string;
          heads: string;
        }[]
      ).map((row) => [
        row.row_id,
        Object.fromEntries(
          Object.entries(JSON.parse(row.heads) as Record<string, [string, number][]>).map(
            ([column, keys]) => [`${row.table_name}.${column}`, keys],
          ),
        ),
      ]),
    );
    await migrateToLatest(store);
  });
  afterAll(() => {
    store.sqlite.close();
    temp.cleanup();
  });

  it('had real writes to convert: several authors, deps, composite and text ids', () => {
    expect(before.length).toBeGreaterThan(40);
    expect(new Set(before.map((op) => op.author)).size).toBeGreaterThanOrEqual(3);
    expect(before.filter((op) => op.deps.length > 0).length).toBeGreaterThan(10);
    expect(before.some((op) => op.rowId === 'fundingLine')).toBe(true);
    expect(before.some((op) => op.rowId.includes(':'))).toBe(true);
    expect(new Set(before.map((op) => op.hlc)).size).toBe(before.length);
  });

  it('keeps every operation exactly, in the same clock order', () => {
    const after = readOperations(store);
    expect(after).toEqual(before);
    const byClock = (ops: DecodedOperation[]) =>
      ops
        .slice()
        .sort((a, b) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0))
        .map((op) => op.counter);
    const stored = store.sqlite.prepare('SELECT counter FROM ops ORDER BY hlc').pluck().all();
    expect(stored).toEqual(byClock(before));
  });

  it('keeps every row’s heads', () => {
    expect(readAllHeads(store)).toEqual(headsBefore);
  });

  it('continues the counter with no gap, with deps on the converted heads', () => {
    const last = before.at(-1)!.counter;
    runWrite(store, null, (w) => writeRow(w, 'settings', 'fundingLine', { value: 'po' }));
    const after = readOperations(store);
    expect(after.map((op) => op.counter)).toEqual(after.map((_, index) => index + 1));
    const newest = after.at(-1)!;
    expect(newest.counter).toBe(last + 1);
    const previous = before.filter((op) => op.rowId === 'fundingLine').at(-1)!;
    expect(newest.deps).toEqual([[previous.site, previous.counter]]);
    expect(newest.hlc > previous.hlc).toBe(true);
  });
});
