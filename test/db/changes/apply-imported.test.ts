import { afterEach, describe, expect, it } from 'vitest';
import {
  applyImportedOperations,
  emptyTally,
  type Operation,
} from '../../../db/changes/apply-imported.ts';
import { dumpSyncedData } from '../../../db/changes/dump.ts';
import { highestHeld, readOperationPage } from '../../../db/changes/read-operations.ts';
import { readSiteId } from '../../../db/changes/local-meta.ts';
import { writeRow } from '../../../db/changes/write-row.ts';
import { runWrite } from '../../../db/changes/write-transaction.ts';
import { createSite } from '../../../db/site/site-queries.ts';
import type { Store } from '../../../db/store.ts';
import { readAllHeads } from '../../helpers/change-log.ts';
import { openTempStore } from '../../helpers/temp-database.ts';

/*
 * An import creates the rows new to the database through a queue of multi-row INSERTs
 * (new-row-queue.ts) instead of one INSERT each. These tests hold it to the one-at-a-time path:
 * the same operations applied one per batch — every row then exists when its later operations
 * come, and each goes through the plain UPDATE and upsert — give the same database.
 */

type Temp = Awaited<ReturnType<typeof openTempStore>>;
let opened: Temp[] = [];
afterEach(() => {
  for (const temp of opened) temp.close();
  opened = [];
});

const targetIds = {
  siteId: '019a0000-0000-7000-8000-00000000f001',
  userId: '019a0000-0000-7000-8000-00000000f002',
};

/** The source office, or (`asTarget`) a receiving office with the same ids as every other one. */
async function open(asTarget = false): Promise<Temp> {
  const temp = await openTempStore({ withSite: !asTarget });
  opened.push(temp);
  if (asTarget) {
    createSite(
      temp.store,
      { name: 'Pobočka Turnov', town: 'Turnov', isHq: false, adminName: 'Jana' },
      targetIds,
    );
  }
  return temp;
}

const uuid = (n: number) => `019a0000-0000-7000-8000-${String(n).padStart(12, '0')}`;

/** A source office's history: new clients and acts, edits, a delete, a setting (text id). */
function writeHistory(store: Store): void {
  const site = readSiteId(store)!;
  runWrite(store, null, (w) => {
    for (let n = 0; n < 150; n++) {
      writeRow(w, 'clients', uuid(n), {
        family_name: `Nguyễn ${n}`,
        given_names: n % 3 === 0 ? 'Thị Hoa' : 'Наталья',
        nationality: n % 2 === 0 ? 'VN' : 'UA',
        phone: n % 4 === 0 ? `+420 777 ${String(n).padStart(3, '0')} 000` : '',
        registering_site_id: site,
      });
    }
    for (let n = 0; n < 80; n++) {
      writeRow(w, 'service_acts', uuid(1000 + n), {
        client_id: uuid(n),
        type: n % 2 === 0 ? 'internet' : 'social_legal_counselling',
        date: '2025-03-04',
        town: 'Turnov',
        note: n % 5 === 0 ? 'Pobyt' : '',
      });
    }
    writeRow(w, 'settings', 'report.funding_line', { value: 'AMIF 2025' });
  });
  runWrite(store, null, (w) => {
    writeRow(w, 'clients', uuid(3), { phone: '+420 601 000 003', family_name: 'Petráček' });
    writeRow(w, 'service_acts', uuid(1001), { deleted: true });
    writeRow(w, 'settings', 'report.funding_line', { value: 'AMIF 2026' });
  });
}

function operationsOf(store: Store): Operation[] {
  const site = readSiteId(store)!;
  return readOperationPage(store, { site, from: 1, to: highestHeld(store, site) }, 1_000_000);
}

/** Rows with a UUID id that the operations write. */
function uuidRows(operations: Operation[]): number {
  return new Set(
    operations.filter((operation) => operation.row.length === 36).map((o) => `${o.table}/${o.row}`),
  ).size;
}

function importInBatches(
  store: Store,
  operations: Operation[],
  size: number,
  options = { isFreshPathTaken: true },
) {
  const tally = emptyTally();
  for (let start = 0; start < operations.length; start += size) {
    runWrite(store, null, (w) =>
      applyImportedOperations(w, operations.slice(start, start + size), tally, options),
    );
  }
  return tally;
}

/** What an import materialises, the derived search tables included. */
function stateOf(store: Store) {
  const all = (sql: string) => store.sqlite.prepare(sql).all();
  return {
    dump: dumpSyncedData(store),
    heads: readAllHeads(store),
    search: all(
      'SELECT c.id, s.names, s.phonetic FROM clients c JOIN client_search s ON s.rowid = c.rowid ORDER BY c.id',
    ),
    keys: all(
      'SELECT c.id, k.sort_key, k.dup_key, k.phone_key FROM clients c JOIN client_keys k ON k.client_rowid = c.rowid ORDER BY c.id',
    ),
    dirty: all('SELECT * FROM report_dirty ORDER BY 1'),
  };
}

describe('applyImportedOperations', () => {
  it('gives the same database in one batch (queued new rows) as one operation at a time', async () => {
    const source = await open();
    writeHistory(source.store);
    const operations = operationsOf(source.store);
    const [bulk, single] = [await open(true), await open(true)];

    const bulkTally = importInBatches(bulk.store, operations, 5_000);
    importInBatches(single.store, operations, 1);

    const state = stateOf(bulk.store);
    expect(state).toEqual(stateOf(single.store));
    // Not vacuous: every row arrived, with the source's values and heads.
    expect(bulkTally.new).toBe(operations.length);
    expect(state.dump.clients).toHaveLength(150);
    expect(state.dump.clients).toEqual(dumpSyncedData(source.store).clients);
    expect(state.dump.service_acts).toEqual(dumpSyncedData(source.store).service_acts);
    expect(state.search).toHaveLength(150);
    expect(state.keys).toHaveLength(150);
    expect(state.dump.settings.find((row) => row.id === 'report.funding_line')?.value).toBe(
      'AMIF 2026',
    );
  });

  it('skips operations already held, and a second import changes nothing', async () => {
    const source = await open();
    writeHistory(source.store);
    const operations = operationsOf(source.store);
    const target = await open(true);
    importInBatches(target.store, operations.slice(0, 200), 5_000);
    const tally = importInBatches(target.store, operations, 5_000);
    expect(tally.alreadyHeld).toBe(200);
    expect(tally.new).toBe(operations.length - 200);
    const before = stateOf(target.store);
    const again = importInBatches(target.store, operations, 5_000);
    expect(again.new).toBe(0);
    expect(stateOf(target.store)).toEqual(before);
  });

  it('keeps the heads of two tables’ rows that share one id in the same batch', async () => {
    const source = await open();
    const site = readSiteId(source.store)!;
    // A service type's code and a setting's key: text ids, one row_heads record for both.
    // And one UUID under two tables (only a damaged or hostile history has that).
    runWrite(source.store, null, (w) => {
      writeRow(w, 'settings', 'shared', { value: 'a' });
      writeRow(w, 'books', uuid(7), { title: 'Kniha', language: 'uk' });
      writeRow(w, 'clients', uuid(7), { family_name: 'Dvojí', registering_site_id: site });
    });
    const operations = operationsOf(source.store);
    const target = await open(true);
    importInBatches(target.store, operations, 5_000);
    const heads = readAllHeads(target.store);
    const sourceHeads = readAllHeads(source.store);
    // (The source's own write path assumes a UUID is one table's: its record kept the last.)
    expect(Object.keys(heads[uuid(7)]!).sort()).toEqual([
      'books.language',
      'books.title',
      'clients.family_name',
      'clients.registering_site_id',
    ]);
    expect(heads.shared).toEqual(sourceHeads.shared);
    const dump = dumpSyncedData(target.store);
    expect(dump.books.find((row) => row.id === uuid(7))?.title).toBe('Kniha');
    expect(dump.clients.find((row) => row.id === uuid(7))?.family_name).toBe('Dvojí');
  });

  it('materialises rows new here the short way exactly as the general path does', async () => {
    const source = await open();
    writeHistory(source.store);
    const operations = operationsOf(source.store);
    const [short, general] = [await open(true), await open(true)];

    const shortTally = importInBatches(short.store, operations, 5_000);
    const generalTally = importInBatches(general.store, operations, 5_000, {
      isFreshPathTaken: false,
    });

    expect(stateOf(short.store)).toEqual(stateOf(general.store));
    expect(shortTally.newRows).toEqual(generalTally.newRows);
    expect(generalTally.freshRows).toBe(0);
    // The client edited later and the deleted act take the general path, and so does the
    // setting (a text id); every other row (the clients, acts, the site and its user) the short one.
    expect(shortTally.freshRows).toBe(uuidRows(operations) - 2);
    expect(shortTally.freshRows).toBeGreaterThan(200);
  });

  it('takes the general path for a row that already has heads here', async () => {
    const source = await open();
    writeHistory(source.store);
    const operations = operationsOf(source.store);
    const [short, general] = [await open(true), await open(true)];
    // The first client's first operation alone, then the rest: its row exists by then.
    const first = operations.findIndex((operation) => operation.row === uuid(0));
    for (const store of [short.store, general.store]) {
      importInBatches(store, [operations[first]!], 5_000);
    }
    const rest = operations.filter((_, index) => index !== first);
    const tally = importInBatches(short.store, rest, 5_000);
    importInBatches(general.store, rest, 5_000, { isFreshPathTaken: false });
    expect(stateOf(short.store)).toEqual(stateOf(general.store));
    expect(tally.freshRows).toBe(uuidRows(operations) - 3);
  });
});
