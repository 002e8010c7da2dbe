import { afterEach, describe, expect, it } from 'vitest';
import { dumpSyncedData } from '../../../db/changes/dump.ts';
import { writeRow } from '../../../db/changes/write-row.ts';
import { beginLongWrite, runWrite } from '../../../db/changes/write-transaction.ts';
import { openTempStore } from '../../helpers/temp-database.ts';

let close: (() => void) | undefined;
afterEach(() => close?.());

const counter = (store: { sqlite: { prepare(sql: string): { get(): unknown } } }) =>
  (store.sqlite.prepare('SELECT max(counter) AS n FROM ops').get() as { n: number }).n;

describe('a long write', () => {
  it('holds several runWrite chunks in one transaction that commits as one', async () => {
    const temp = await openTempStore();
    close = temp.close;
    const { store } = temp;
    const start = counter(store);
    const long = beginLongWrite(store);
    runWrite(store, null, (w) =>
      writeRow(w, 'service_types', 'a_one', { label_cs: 'A', label_en: 'A' }),
    );
    await new Promise((resolve) => setImmediate(resolve));
    runWrite(store, null, (w) =>
      writeRow(w, 'service_types', 'b_two', { label_cs: 'B', label_en: 'B' }),
    );
    expect(store.sqlite.inTransaction).toBe(true);
    long.commit();
    expect(store.sqlite.inTransaction).toBe(false);
    expect(dumpSyncedData(store).service_types.map((row) => row.id)).toEqual(['a_one', 'b_two']);
    // The chunks took consecutive counters, as separate writes would.
    const ops = store.sqlite
      .prepare('SELECT counter FROM ops WHERE counter > ? ORDER BY counter')
      .pluck()
      .all(start);
    expect(ops).toEqual([start + 1, start + 2, start + 3, start + 4]);
  });

  it('rolls every chunk back, and a failing chunk leaves the earlier ones to the rollback', async () => {
    const temp = await openTempStore();
    close = temp.close;
    const { store } = temp;
    const before = JSON.stringify(dumpSyncedData(store));
    const start = counter(store);
    const long = beginLongWrite(store);
    runWrite(store, null, (w) => writeRow(w, 'service_types', 'a_one', { label_cs: 'A' }));
    expect(() =>
      runWrite(store, null, (w) => {
        writeRow(w, 'service_types', 'b_two', { label_cs: 'B' });
        throw new Error('a bad row');
      }),
    ).toThrow('a bad row');
    // The failed chunk is undone at once; the transaction stays open for the caller to end.
    expect(store.sqlite.inTransaction).toBe(true);
    expect(dumpSyncedData(store).service_types.map((row) => row.id)).toEqual(['a_one']);
    long.rollback();
    expect(JSON.stringify(dumpSyncedData(store))).toBe(before);
    expect(counter(store)).toBe(start);
  });
});
