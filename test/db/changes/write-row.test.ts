import { afterEach, describe, expect, it } from 'vitest';
import { parseHlc, compareHlc } from '../../../db/changes/hlc.ts';
import { readSiteId } from '../../../db/changes/local-meta.ts';
import { encodeKeys, encodeRowId } from '../../../db/changes/op-encoding.ts';
import { internSite } from '../../../db/changes/op-interning.ts';
import { readRowHeads, saveRowHeads } from '../../../db/changes/row-heads.ts';
import { writeRow } from '../../../db/changes/write-row.ts';
import { runWrite } from '../../../db/changes/write-transaction.ts';
import { openStore } from '../../../db/open-app.ts';
import type { Store } from '../../../db/store.ts';
import { readOperations, readRowHeadsDecoded } from '../../helpers/change-log.ts';
import { openTempStore } from '../../helpers/temp-database.ts';

const allOps = (store: Store) => readOperations(store);
const clockState = (store: Store) => store.sqlite.prepare('SELECT * FROM hlc_state').get();
const ownCounter = (store: Store) =>
  (
    store.sqlite
      .prepare('SELECT counter FROM version_vector WHERE site = ?')
      .get(readSiteId(store)) as { counter: number }
  ).counter;

let close: (() => void) | undefined;
afterEach(() => close?.());

describe('the change-recording write path', () => {
  it('appends one operation per changed field, with gap-free counters', async () => {
    const temp = await openTempStore();
    close = temp.close;
    const { store } = temp;
    const before = allOps(store).length;
    runWrite(store, null, (w) => {
      writeRow(w, 'settings', 'organisationName', { value: 'Centrum', deleted: false });
      writeRow(w, 'settings', 'fundingLine', { value: 'EIF' });
    });
    runWrite(store, null, (w) => {
      // Same value again: no operation; a changed value: one operation.
      writeRow(w, 'settings', 'organisationName', { value: 'Centrum', deleted: false });
      writeRow(w, 'settings', 'fundingLine', { value: 'EFI' });
    });
    const ops = allOps(store);
    // deleted = false is the column default of a new row: no operation needed for it.
    expect(ops.length - before).toBe(3);
    expect(ops.map((op) => op.counter)).toEqual(ops.map((_, index) => index + 1));
    expect(ownCounter(store)).toBe(ops.length);
    const row = store.sqlite.prepare("SELECT * FROM settings WHERE id = 'fundingLine'").get();
    expect(row).toMatchObject({ value: 'EFI' });
  });

  it('writes no operation for a new row’s fields left at their defaults, but always one', async () => {
    const temp = await openTempStore();
    close = temp.close;
    const { store } = temp;
    runWrite(store, null, (w) =>
      writeRow(w, 'users', 'u1', {
        name: 'Lektorka',
        role: 'worker',
        site_id: null,
        deleted: false,
      }),
    );
    expect(
      allOps(store)
        .filter((op) => op.rowId === 'u1')
        .map((op) => op.column),
    ).toEqual(['name']);
    runWrite(store, null, (w) => writeRow(w, 'users', 'u2', { role: 'worker' }));
    const u2 = allOps(store).filter((op) => op.rowId === 'u2');
    expect(u2.map((op) => [op.column, op.value])).toEqual([['deleted', 0]]);
    expect(store.sqlite.prepare("SELECT role FROM users WHERE id = 'u2'").get()).toEqual({
      role: 'worker',
    });
  });

  it('sets deps to the field heads it replaces', async () => {
    const temp = await openTempStore();
    close = temp.close;
    const { store } = temp;
    const site = readSiteId(store)!;
    const write = (value: string) =>
      runWrite(store, null, (w) => writeRow(w, 'settings', 'fundingLine', { value }));
    write('A');
    write('B');
    write('C');
    const ops = allOps(store).filter((op) => op.rowId === 'fundingLine');
    expect(ops.map((op) => op.value)).toEqual(['A', 'B', 'C']);
    expect(ops[0]!.deps).toEqual([]);
    expect(ops[1]!.deps).toEqual([[site, ops[0]!.counter]]);
    expect(ops[2]!.deps).toEqual([[site, ops[1]!.counter]]);
    expect(readRowHeadsDecoded(store, 'settings', 'fundingLine')).toEqual({
      value: [[site, ops[2]!.counter]],
    });
  });

  it('keeps concurrent heads as deps when a field has several', async () => {
    const temp = await openTempStore();
    close = temp.close;
    const { store } = temp;
    runWrite(store, null, (w) => writeRow(w, 'settings', 'fundingLine', { value: 'A' }));
    // A head from another office, as an import would leave it.
    const row = encodeRowId('fundingLine');
    const heads = readRowHeads(store, row);
    const field = [...heads.keys()][0]!;
    const other = internSite(store, 'other');
    heads.set(field, Buffer.concat([heads.get(field)!, encodeKeys([[other, 7]])!]));
    saveRowHeads(store, row, heads);
    runWrite(store, null, (w) => writeRow(w, 'settings', 'fundingLine', { value: 'B' }));
    const last = allOps(store).at(-1)!;
    expect(last.deps).toEqual(
      expect.arrayContaining([
        ['other', 7],
        [readSiteId(store), last.counter - 1],
      ]),
    );
  });

  it('leaves no operation, counter or clock change when the transaction fails', async () => {
    const temp = await openTempStore();
    close = temp.close;
    const { store } = temp;
    const opsBefore = allOps(store);
    const clockBefore = clockState(store);
    const counterBefore = ownCounter(store);
    expect(() =>
      runWrite(store, null, (w) => {
        writeRow(w, 'settings', 'fundingLine', { value: 'lost' });
        throw new Error('injected failure');
      }),
    ).toThrow('injected failure');
    expect(allOps(store)).toEqual(opsBefore);
    expect(clockState(store)).toEqual(clockBefore);
    expect(ownCounter(store)).toBe(counterBefore);
    expect(store.sqlite.prepare("SELECT * FROM settings WHERE id = 'fundingLine'").get()).toBe(
      undefined,
    );
    // The next write continues right after the last committed counter.
    runWrite(store, null, (w) => writeRow(w, 'settings', 'fundingLine', { value: 'kept' }));
    expect(allOps(store).at(-1)!.counter).toBe(counterBefore + 1);
  });

  it('never moves the clock backwards, also across a restart with the wall clock set back', async () => {
    let wall = 2_000_000_000_000;
    const temp = await openTempStore({ now: () => wall });
    close = temp.close;
    for (let i = 0; i < 20; i++) {
      wall += i % 3 === 0 ? -60_000 : 5; // jumps back a minute every third write
      runWrite(temp.store, null, (w) => writeRow(w, 'settings', 'fundingLine', { value: `v${i}` }));
    }
    temp.store.sqlite.close();
    wall -= 24 * 3_600_000; // the machine restarts with its clock a day behind
    const reopened = await openStore({ file: temp.file, mode: 'open', now: () => wall });
    runWrite(reopened, null, (w) => writeRow(w, 'settings', 'fundingLine', { value: 'after' }));
    const stamps = allOps(reopened).map((op) => parseHlc(op.hlc));
    for (let i = 1; i < stamps.length; i++) {
      expect(compareHlc(stamps[i]!, stamps[i - 1]!)).toBeGreaterThan(0);
    }
    reopened.sqlite.close();
  });

  it('refuses a column the synced table does not have', async () => {
    const temp = await openTempStore();
    close = temp.close;
    expect(() =>
      runWrite(temp.store, null, (w) =>
        writeRow(w, 'settings', 'x', { nonsense: 1 } as unknown as { value: string }),
      ),
    ).toThrow(/Unknown column/);
  });
});
