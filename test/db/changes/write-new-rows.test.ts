import { afterEach, describe, expect, it } from 'vitest';
import { dumpSyncedData } from '../../../db/changes/dump.ts';
import type { SyncedTable } from '../../../db/changes/synced-tables.ts';
import { type NewRow, writeNewRows } from '../../../db/changes/write-new-rows.ts';
import { writeRow } from '../../../db/changes/write-row.ts';
import { runWrite } from '../../../db/changes/write-transaction.ts';
import { toClientColumns } from '../../../db/clients/client-mapping.ts';
import { clientFields } from '../../../db/contract/clients.ts';
import { generateClient } from '../../../db/demo/client-generator.ts';
import { createRandom } from '../../../db/demo/random.ts';
import { createSite } from '../../../db/site/site-queries.ts';
import type { Store } from '../../../db/store.ts';
import { readAllHeads, readOperations } from '../../helpers/change-log.ts';
import { openTempStore } from '../../helpers/temp-database.ts';

type Temp = Awaited<ReturnType<typeof openTempStore>>;
type Batch = { [T in SyncedTable]: { table: T; rows: NewRow<T>[] } }[SyncedTable];

const siteIds = {
  siteId: '019a0000-0000-7000-8000-000000000001',
  userId: '019a0000-0000-7000-8000-000000000002',
};
const id = (n: number) => `019a0000-0000-7000-8000-${String(n).padStart(12, '0')}`;

let opened: Temp[] = [];
afterEach(() => {
  for (const temp of opened) temp.close();
  opened = [];
});

/** A database with the same site ids and a clock that stands still: stamps come out equal. */
async function openTwin(): Promise<Temp> {
  const temp = await openTempStore({ withSite: false, now: () => Date.UTC(2026, 0, 5, 9) });
  opened.push(temp);
  createSite(
    temp.store,
    { name: 'Centrum', town: 'Liberec', isHq: true, adminName: 'Eva' },
    siteIds,
  );
  return temp;
}

/** Clients (150: two full multi-row INSERTs and a remainder), acts, rows of defaults only. */
function makeBatches(): Batch[] {
  const random = createRandom(7);
  const clients: NewRow<'clients'>[] = Array.from({ length: 150 }, (_, n) => ({
    id: id(100 + n),
    fields: {
      ...toClientColumns(clientFields.parse(generateClient(random))),
      registering_site_id: siteIds.siteId,
      deleted: false,
    },
  }));
  const acts: NewRow<'service_acts'>[] = clients.slice(0, 70).map((client, n) => ({
    id: id(1000 + n),
    fields: {
      client_id: client.id,
      type: n % 2 === 0 ? 'internet' : 'social_legal_counselling',
      date: '2025-03-04',
      town: 'Turnov',
      minutes: n % 3 === 0 ? null : 30,
      worker_id: n % 5 === 0 ? null : siteIds.userId,
      note: n % 2 === 0 ? '' : 'Pobyt',
      is_confidential: n % 2 === 1,
      computer: n % 2 === 0 ? 'PC 2' : undefined,
    },
  }));
  const defaultsOnly: NewRow<'settings'>[] = [
    { id: 'a', fields: {} },
    { id: 'b', fields: { deleted: false, value: undefined } },
    { id: 'c', fields: { value: 'x' } },
  ];
  return [
    { table: 'clients', rows: clients },
    { table: 'service_acts', rows: acts },
    { table: 'settings', rows: defaultsOnly },
  ];
}

function writeOneByOne(store: Store, batches: Batch[]) {
  runWrite(store, siteIds.userId, (w) => {
    for (const batch of batches) {
      for (const row of batch.rows) writeRow(w, batch.table, row.id, row.fields);
    }
  });
}

function writeInBulk(store: Store, batches: Batch[]): number {
  return runWrite(store, siteIds.userId, (w) =>
    batches.reduce((sum, batch) => sum + writeNewRows(w, batch.table, batch.rows), 0),
  );
}

/** Everything the write path touches, row for row. */
function stateOf(store: Store) {
  const all = (sql: string) => store.sqlite.prepare(sql).all();
  return {
    dump: dumpSyncedData(store),
    ops: readOperations(store),
    heads: readAllHeads(store),
    // The stored bytes too, not only what they decode to.
    storedOps: all('SELECT * FROM ops ORDER BY site, counter'),
    storedHeads: all('SELECT * FROM row_heads ORDER BY row'),
    vector: all('SELECT * FROM version_vector ORDER BY site'),
    clock: all('SELECT * FROM hlc_state'),
    // The search index and sort keys follow the clients' rowids, so those must match too.
    rowids: all('SELECT rowid, id FROM clients ORDER BY rowid'),
    keys: all('SELECT * FROM client_keys ORDER BY client_rowid'),
  };
}

describe('writeNewRows', () => {
  it('writes exactly what writeRow writes for the same new rows', async () => {
    const [one, bulk] = [await openTwin(), await openTwin()];
    const batches = makeBatches();
    const siteOps = stateOf(bulk.store).ops.length;
    writeOneByOne(one.store, batches);
    const operations = writeInBulk(bulk.store, batches);

    const expected = stateOf(one.store);
    const actual = stateOf(bulk.store);
    expect(actual).toEqual(expected);
    // Not vacuous: every row is there, the counters run on without gaps, defaults wrote nothing.
    expect(actual.dump.clients).toHaveLength(150);
    expect(actual.dump.service_acts).toHaveLength(70);
    const ops = actual.ops;
    expect(ops.map((op) => op.counter)).toEqual(ops.map((_, index) => index + 1));
    expect(operations).toBe(ops.length - siteOps);
    expect(ops.filter((op) => op.rowId === 'a' || op.rowId === 'b')).toMatchObject([
      { rowId: 'a', column: 'deleted' },
      { rowId: 'b', column: 'deleted' },
    ]);
    expect(ops.some((op) => op.column === 'minutes' && op.rowId === id(1000))).toBe(false);
  });

  it('continues the counters of earlier writes in a second transaction', async () => {
    const [one, bulk] = [await openTwin(), await openTwin()];
    const [clients, acts, settings] = makeBatches() as [Batch, Batch, Batch];
    writeOneByOne(one.store, [clients]);
    writeOneByOne(one.store, [acts, settings]);
    writeInBulk(bulk.store, [clients]);
    writeInBulk(bulk.store, [acts, settings]);
    expect(stateOf(bulk.store)).toEqual(stateOf(one.store));
  });

  it('refuses a row that exists and leaves the database as it was', async () => {
    const temp = await openTwin();
    const [clients] = makeBatches() as [Batch];
    writeInBulk(temp.store, [clients]);
    const before = stateOf(temp.store);
    const again: Batch = {
      table: 'settings',
      rows: [
        { id: 'new', fields: { value: 1 } },
        { id: 'new', fields: { value: 2 } },
      ],
    };
    expect(() => writeInBulk(temp.store, [again])).toThrow(/UNIQUE/);
    expect(stateOf(temp.store)).toEqual(before);
  });

  it('checks every value as writeRow does', async () => {
    const temp = await openTwin();
    const before = stateOf(temp.store);
    const bad = { table: 'books', rows: [{ id: id(1), fields: { copies: 'two' } }] };
    expect(() => writeInBulk(temp.store, [bad as unknown as Batch])).toThrow(/books\.copies/);
    expect(stateOf(temp.store)).toEqual(before);
  });
});
