import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpSyncedData } from '../../../db/changes/dump.ts';
import { syncedTables } from '../../../db/changes/synced-tables.ts';
import { readSiteId } from '../../../db/changes/local-meta.ts';
import { fillScale, type ScaleResult } from '../../../db/demo/scale-demo.ts';
import { buildPeriodReport } from '../../../db/reports/period-report.ts';
import { createOpsTextView, rowKeySql } from '../../helpers/change-log.ts';
import { openTempStore } from '../../helpers/temp-database.ts';

type Temp = Awaited<ReturnType<typeof openTempStore>>;
/** The store's clock: 24 November 2026, so the two years are 2024 and 2025. */
const now = () => Date.UTC(2026, 10, 24, 10);
const towns = ['Jablonec nad Nisou', 'Liberec', 'Stráž pod Ralskem', 'Turnov', 'Česká Lípa'];

async function filled(seed: number): Promise<{ temp: Temp; result: ScaleResult }> {
  const temp = await openTempStore({ withSite: false, now });
  // Small blocks, so that the test also crosses many commit boundaries.
  const result = fillScale(temp.store, { clients: 200, years: 2, seed, blockSize: 40 });
  return { temp, result };
}

describe('demo --scale', () => {
  let first: { temp: Temp; result: ScaleResult };
  const count = (sql: string) => (first.temp.store.sqlite.prepare(sql).get() as { n: number }).n;
  beforeAll(async () => {
    first = await filled(7);
  });
  afterAll(() => first.temp.close());

  it('covers the two years before the store’s current one, about six acts a client a year', () => {
    expect(first.result).toMatchObject({ clients: 200, years: { from: 2024, to: 2025 } });
    let acts = 0;
    for (const year of [2024, 2025]) {
      const report = buildPeriodReport(first.temp.store, {
        from: `${year}-01-01`,
        to: `${year}-12-31`,
      });
      expect(report.clients, String(year)).toBeGreaterThanOrEqual(190);
      expect(report.actsPerClient, String(year)).toBeGreaterThan(4.5);
      expect(report.actsPerClient, String(year)).toBeLessThan(7.5);
      expect(report.byTown.map((row) => row.town).sort()).toEqual(towns);
      const types = report.byServiceType.map((row) => row.type);
      for (const type of ['czech_course', 'social_legal_counselling', 'library', 'internet']) {
        expect(types, `${year} ${type}`).toContain(type);
      }
      expect(
        report.courses.find((row) => row.kind === 'czech_low_threshold')?.courses,
      ).toBeGreaterThan(3);
      expect(report.byNationality[0]).toMatchObject({ country: 'VN' });
      acts += report.acts;
    }
    expect(acts).toBe(first.result.acts);
    expect(
      count(
        "SELECT count(*) AS n FROM all_acts WHERE date NOT BETWEEN '2024-01-01' AND '2025-12-31'",
      ),
    ).toBe(0);
  });

  it('writes every row through the change log: one head entry per row, gap-free counters', () => {
    const tables = Object.keys(syncedTables);
    const rows = tables.reduce(
      (sum, table) => sum + count(`SELECT count(*) AS n FROM ${table}`),
      0,
    );
    expect(count('SELECT count(*) AS n FROM row_heads')).toBe(rows);
    // The site and its administrator come first, then the demo's rows and operations.
    expect(rows - 2).toBe(first.result.rows);
    const ops = count('SELECT count(*) AS n FROM ops');
    expect(count('SELECT max(counter) AS n FROM ops')).toBe(ops);
    expect(count('SELECT counter AS n FROM version_vector')).toBe(ops);
    expect(ops - 6).toBe(first.result.operations);
    // Every field of every row is the value of its operation (nothing written around the log).
    createOpsTextView(first.temp.store);
    expect(
      count(`SELECT count(*) AS n FROM attendance t JOIN ops_text o ON o.row = ${rowKeySql('t.id')}
             AND o.column_name = 'client_id' WHERE o.value <> t.client_id`),
    ).toBe(0);
    expect(count("SELECT count(*) AS n FROM audit_log WHERE action = 'create'")).toBe(200);
  });

  it('never lends a copy that is not on the shelf, nor marks anyone outside their course', () => {
    expect(
      count(`SELECT count(*) AS n FROM loans l JOIN books b ON b.id = l.book_id
             WHERE (SELECT count(*) FROM loans o WHERE o.book_id = l.book_id
               AND o.loaned_on <= l.loaned_on
               AND (o.returned_on IS NULL OR o.returned_on > l.loaned_on)) > b.copies`),
    ).toBe(0);
    expect(
      count(`SELECT count(*) AS n FROM attendance t JOIN lessons l ON l.id = t.lesson_id
             WHERE l.is_cancelled = 1 OR NOT EXISTS (SELECT 1 FROM enrolments e
               WHERE e.course_id = l.course_id AND e.client_id = t.client_id
               AND e.enrolled_on <= l.date)`),
    ).toBe(0);
    expect(count("SELECT count(*) AS n FROM loans WHERE returned_on > '2026-11-24'")).toBe(0);
  });

  it('gives the same data set, ids included, for the same seed and another for another', async () => {
    const again = await filled(7);
    const other = await filled(8);
    try {
      const dump = JSON.stringify(dumpSyncedData(first.temp.store));
      expect(JSON.stringify(dumpSyncedData(again.temp.store))).toBe(dump);
      expect(JSON.stringify(dumpSyncedData(other.temp.store))).not.toBe(dump);
    } finally {
      again.temp.close();
      other.temp.close();
    }
  });

  it('refuses a register that has clients and changes nothing', () => {
    const before = JSON.stringify(dumpSyncedData(first.temp.store));
    expect(() => fillScale(first.temp.store, { clients: 10, years: 1, seed: 1 })).toThrow(
      expect.objectContaining({ code: 'DEMO_NOT_EMPTY' }),
    );
    expect(JSON.stringify(dumpSyncedData(first.temp.store))).toBe(before);
  });

  it('writes into this site when the database has one', async () => {
    const temp = await openTempStore({ now });
    try {
      fillScale(temp.store, { clients: 20, years: 1, seed: 3 });
      const db = temp.store.sqlite;
      expect(db.prepare('SELECT name FROM sites').all()).toEqual([{ name: 'Centrum Liberec' }]);
      expect(db.prepare('SELECT DISTINCT registering_site_id AS site FROM clients').all()).toEqual([
        { site: readSiteId(temp.store) },
      ]);
    } finally {
      temp.close();
    }
  });

  it('resumes an interrupted fill with the same request, and refuses another one', async () => {
    const request = { clients: 60, years: 2, seed: 5, blockSize: 20 };
    const whole = await openTempStore({ withSite: false, now });
    const broken = await openTempStore({ withSite: false, now });
    try {
      fillScale(whole.store, request);
      let commits = 0;
      expect(() =>
        fillScale(broken.store, {
          ...request,
          onProgress: () => {
            if (++commits === 3) throw new Error('the power went out');
          },
        }),
      ).toThrow('the power went out');
      const halfway = JSON.stringify(dumpSyncedData(broken.store));
      expect(() => fillScale(broken.store, { ...request, seed: 6 })).toThrow(
        expect.objectContaining({ code: 'DEMO_RESUME_MISMATCH' }),
      );
      expect(JSON.stringify(dumpSyncedData(broken.store))).toBe(halfway);
      expect(fillScale(broken.store, request).resumedAfterUnits).toBe(3);
      expect(JSON.stringify(dumpSyncedData(broken.store))).toBe(
        JSON.stringify(dumpSyncedData(whole.store)),
      );
      expect(() => fillScale(broken.store, request)).toThrow(
        expect.objectContaining({ code: 'DEMO_NOT_EMPTY' }),
      );
    } finally {
      whole.close();
      broken.close();
    }
  });
});
