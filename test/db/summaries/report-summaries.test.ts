import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../../db/api.ts';
import { fillScale } from '../../../db/demo/scale-demo.ts';
import { openStore } from '../../../db/open-app.ts';
import { buildPeriodReport } from '../../../db/reports/period-report.ts';
import {
  refreshReportSummaries,
  summariesAreFresh,
} from '../../../db/summaries/refresh-summaries.ts';
import { unpackBlock } from '../../../db/summaries/summary-blob.ts';
import type { Store } from '../../../db/store.ts';
import { buildBaselineReport } from '../../../scripts/bench/report-baseline.ts';
import { openTempStore } from '../../helpers/temp-database.ts';
import { apiCalls } from '../../helpers/temp-api.ts';

/** The store's clock: 24 November 2026, so the demo's two years are 2024 and 2025. */
const now = () => Date.UTC(2026, 10, 24, 10);
const towns = [undefined, 'Liberec', 'Turnov'];

const months = ['2024', '2025'].flatMap((year) =>
  Array.from({ length: 12 }, (_, index) => {
    const month = String(index + 1).padStart(2, '0');
    const last = new Date(Date.UTC(Number(year), index + 1, 0)).getUTCDate();
    return { from: `${year}-${month}-01`, to: `${year}-${month}-${last}` };
  }),
);
const longPeriods = [
  { from: '2024-01-01', to: '2024-12-31' },
  { from: '2025-01-01', to: '2025-12-31' },
  { from: '2024-01-01', to: '2025-12-31' },
  { from: '2025-04-01', to: '2025-06-30' },
  { from: '2024-07-01', to: '2025-06-30' },
  // Days at one or both ends outside whole months.
  { from: '2024-03-15', to: '2025-02-10' },
  { from: '2024-12-31', to: '2025-01-01' },
  { from: '2025-09-02', to: '2025-12-31' },
  { from: '2023-06-01', to: '2026-11-24' },
];

/**
 * Every figure read through the summaries equals the same figure counted from the acts alone,
 * by the report's own exact path and by the hand-written SQL of the benchmark's yardstick
 * (scripts/bench/report-baseline.ts, which shares none of the report's code).
 */
function expectSummariesExact(store: Store, periods: { from: string; to: string }[]) {
  for (const period of periods) {
    for (const town of towns) {
      const input = { ...period, town };
      const label = `${period.from} … ${period.to} ${town ?? ''}`;
      const report = buildPeriodReport(store, input);
      expect(report, label).toEqual(buildPeriodReport(store, input, { fromActs: true }));
      const direct = buildBaselineReport(store.sqlite, town ? input : period);
      expect(report, `${label} (direct count)`).toEqual({ ...direct, town: town ?? null });
    }
  }
  expect(summariesAreFresh(store)).toBe(true);
}

describe('the per-client yearly summaries behind the report', () => {
  let temp: Awaited<ReturnType<typeof openTempStore>>;
  let api: Api;
  const sqlite = () => temp.store.sqlite;
  const one = <T>(sql: string, ...params: unknown[]) =>
    sqlite()
      .prepare(sql)
      .get(...params) as T;
  const { ok } = apiCalls(() => api);
  /** A client with acts in both years and a given nationality (not yet merged). */
  const clientWithActs = (nationality: string, skip = 0) =>
    one<{ id: string }>(
      `SELECT c.id FROM clients c WHERE c.nationality = ? AND c.merged_into IS NULL
       AND (SELECT count(*) FROM service_acts a WHERE a.client_id = c.id AND a.date < '2025') > 0
       AND (SELECT count(*) FROM service_acts a WHERE a.client_id = c.id AND a.date >= '2025') > 0
       ORDER BY c.id LIMIT 1 OFFSET ?`,
      nationality,
      skip,
    ).id;
  const recounted = () => refreshReportSummaries(temp.store);

  beforeAll(async () => {
    temp = await openTempStore({ withSite: false, now });
    fillScale(temp.store, { clients: 200, years: 2, seed: 3 });
    api = createApi(temp.store);
  });
  afterAll(() => temp.close());

  it('are counted by the demo fill and give every figure of every period exactly', () => {
    expect(summariesAreFresh(temp.store)).toBe(true);
    // Before any merge every client counts as itself: one packed record per client served.
    const packed = sqlite()
      .prepare('SELECT clients FROM report_summary_blocks WHERE year = 2025')
      .pluck()
      .all() as Uint8Array[];
    const served = buildPeriodReport(temp.store, { from: '2025-01-01', to: '2025-12-31' }).clients;
    expect(packed.flatMap((block) => unpackBlock(block)).length).toBe(served);
    expectSummariesExact(temp.store, [...months, ...longPeriods]);
  });

  it('are what the report reads: a block taken out behind their back shows in the figures', () => {
    const year = { from: '2025-01-01', to: '2025-12-31' };
    const exact = buildPeriodReport(temp.store, year, { fromActs: true });
    const [first] = sqlite()
      .prepare('SELECT block, clients FROM report_summary_blocks WHERE year = 2025 ORDER BY block')
      .all() as { block: number; clients: Uint8Array }[];
    sqlite()
      .prepare('DELETE FROM report_summary_blocks WHERE year = 2025 AND block = ?')
      .run(first!.block);
    expect(buildPeriodReport(temp.store, year).clients).toBe(
      exact.clients - unpackBlock(first!.clients).length,
    );
    // Noting every client recounts them all, block by block or from scratch: the same blocks.
    const blocks = () =>
      sqlite()
        .prepare('SELECT year, block, clients FROM report_summary_blocks ORDER BY 1, 2')
        .all();
    sqlite().exec('INSERT INTO report_dirty SELECT id FROM clients');
    expect(refreshReportSummaries(temp.store, 'changed')).toBe(200);
    const changed = blocks();
    expect(buildPeriodReport(temp.store, year)).toEqual(exact);
    sqlite().exec('INSERT INTO report_dirty SELECT id FROM clients');
    expect(refreshReportSummaries(temp.store, 'whole')).toBe(200);
    expect(blocks()).toEqual(changed);
    expect(buildPeriodReport(temp.store, year)).toEqual(exact);
  });

  it('follow acts recorded, moved to another year, retyped and deleted, recounting only that client', async () => {
    const clientId = clientWithActs('UA');
    const act = await ok('acts.record', {
      clientId,
      type: 'internet',
      date: '2025-03-14',
      town: 'Stráž pod Ralskem',
    });
    expect(summariesAreFresh(temp.store)).toBe(false);
    expect(recounted()).toBe(1);
    expectSummariesExact(temp.store, longPeriods);

    await ok('acts.update', {
      id: act.id,
      changes: { date: '2024-12-30', type: 'social_legal_counselling', town: 'Turnov' },
    });
    expectSummariesExact(temp.store, longPeriods);
    await ok('acts.delete', { id: act.id });
    expectSummariesExact(temp.store, longPeriods);
  });

  it('follow lessons cancelled and moved, and attendance taken back', async () => {
    const lesson = one<{ id: string; date: string; start: string; end: string }>(
      `SELECT l.id, l.date, c.start_date AS start, c.end_date AS end
       FROM lessons l JOIN courses c ON c.id = l.course_id WHERE l.date LIKE '2025-%' AND l.is_cancelled = 0
       AND (SELECT count(*) FROM attendance t WHERE t.lesson_id = l.id AND t.is_present = 1) >= 3
       ORDER BY l.id LIMIT 1`,
    );
    await ok('lessons.cancel', { id: lesson.id, isCancelled: true });
    expectSummariesExact(temp.store, longPeriods);
    await ok('lessons.cancel', { id: lesson.id, isCancelled: false });
    // To another month of the course's term.
    const date = lesson.date.slice(0, 7) === lesson.end.slice(0, 7) ? lesson.start : lesson.end;
    await ok('lessons.move', { id: lesson.id, date, start: '09:00', end: '10:30' });
    expectSummariesExact(temp.store, longPeriods);

    const attendee = one<{ client_id: string }>(
      'SELECT client_id FROM attendance WHERE lesson_id = ? AND is_present = 1 ORDER BY client_id',
      lesson.id,
    ).client_id;
    await ok('attendance.mark', {
      lessonId: lesson.id,
      marks: [{ clientId: attendee, isPresent: false }],
    });
    expect(recounted()).toBe(1);
    expectSummariesExact(temp.store, longPeriods);
  });

  it('follow merges, the survivor’s nationality and unmerges, records merged into it included', async () => {
    const survivor = clientWithActs('VN');
    const merged = clientWithActs('UA', 1);
    const mergedEarlier = clientWithActs('MN');
    await ok('clients.merge', { survivorId: merged, mergedId: mergedEarlier });
    await ok('clients.merge', { survivorId: survivor, mergedId: merged });
    expectSummariesExact(temp.store, longPeriods);

    // The survivor's new nationality is what the records merged into it count with.
    await ok('clients.update', { id: survivor, changes: { nationality: 'SY' } });
    expect(recounted()).toBe(3);
    const byNationality = buildPeriodReport(temp.store, longPeriods[2]!).byNationality;
    expect(byNationality.find((row) => row.country === 'SY')?.clients).toBeGreaterThanOrEqual(1);
    expectSummariesExact(temp.store, longPeriods);

    await ok('clients.unmerge', { id: merged });
    expectSummariesExact(temp.store, longPeriods);
  });

  it('follow what another connection writes, a course moved to another town and a record erased', async () => {
    const other = await openStore({ file: temp.file, mode: 'open', now });
    try {
      const result = await createApi(other).invoke(
        'acts.record',
        { clientId: clientWithActs('UA', 2), type: 'internet', date: '2025-05-05', town: 'Turnov' },
        'cs',
      );
      expect(result.ok).toBe(true);
      // As a file from another office would: the course's town changes under its lessons.
      other.sqlite
        .prepare(`UPDATE courses SET town = 'Česká Lípa' WHERE id = (SELECT min(id) FROM courses)`)
        .run();
      other.sqlite.prepare('DELETE FROM clients WHERE id = ?').run(clientWithActs('VN', 1));
    } finally {
      other.sqlite.close();
    }
    expect(summariesAreFresh(temp.store)).toBe(false);
    expectSummariesExact(temp.store, [...months, ...longPeriods]);
  });

  it('give the funder’s figures exactly as referrals, events, new citizenships and birth dates change', async () => {
    const year = { from: '2025-01-01', to: '2025-12-31' };
    const before = buildPeriodReport(temp.store, year);
    // The generated register: every age group of working age, both sexes, several statuses.
    expect(before.bySex.map((row) => row.sex).sort()).toEqual(['F', 'M']);
    expect(before.byAgeGroup.length).toBeGreaterThanOrEqual(2);
    expect(before.byResidenceStatus.length).toBeGreaterThanOrEqual(3);
    // Everyone came in both years of the demo: new in 2024, returning in 2025.
    const firstYear = buildPeriodReport(temp.store, { from: '2024-01-01', to: '2024-12-31' });
    expect(firstYear.newClients).toBe(firstYear.clients);
    expect(before.newClients).toBe(0);
    const newcomer = await ok('clients.create', {
      familyName: 'Nováček',
      nationality: 'AM',
      consentDate: '2025-01-01',
    });
    await ok('acts.record', {
      clientId: newcomer.id,
      type: 'interpreting',
      date: '2025-02-20',
      town: 'Turnov',
    });

    const office = await ok('partners.create', {
      organisationName: 'Úřad práce Liberec',
      partnerKind: 'labour_office',
      town: 'Liberec',
    });
    const referred = clientWithActs('VN', 3);
    await ok('acts.record', {
      clientId: referred,
      type: 'social_legal_counselling',
      date: '2025-06-11',
      town: 'Liberec',
      partnerId: office.id,
    });
    await ok('events.create', {
      date: '2025-03-03',
      town: 'Turnov',
      eventKind: 'info_session',
      topic: 'Pojištění',
      participants: 12,
      clientIds: [clientWithActs('MN', 2), referred],
    });
    // A Ukrainian client who turns out to hold Slovak citizenship is no longer the funder's.
    const slovak = clientWithActs('UA', 3);
    await ok('clients.update', { id: slovak, changes: { nationality: 'SK' } });
    await ok('clients.update', {
      id: clientWithActs('MN', 3),
      changes: { birthDate: '2010', sex: 'X', residenceStatus: null },
    });
    const after = buildPeriodReport(temp.store, year);
    expect(after.referrals).toEqual([{ partnerKind: 'labour_office', referrals: 1, clients: 1 }]);
    expect(after.events).toEqual({ events: 1, participants: 12, clients: 2 });
    expect(after.otherClients.clients).toBe(1);
    expect(after.clients).toBe(before.clients);
    expect(after.newClients).toBe(1);
    expect(after.byAgeGroup.find((row) => row.group === '0-14')?.clients).toBe(1);
    expect(after.bySex.find((row) => row.sex === 'X')?.clients).toBe(1);
    expectSummariesExact(temp.store, [...months, ...longPeriods]);
  });

  it('stay out of the report when a write slips in inside a caller’s transaction', () => {
    const year = { from: '2025-01-01', to: '2025-12-31' };
    const exact = buildPeriodReport(temp.store, year, { fromActs: true });
    const report = sqlite().transaction(() => {
      sqlite().exec("INSERT INTO report_dirty VALUES ('no-such-client')");
      sqlite().exec('DELETE FROM report_summary_blocks WHERE year = 2025');
      return buildPeriodReport(temp.store, year);
    })();
    expect(report).toEqual(exact);
    sqlite().exec('INSERT OR IGNORE INTO report_dirty SELECT id FROM clients');
    refreshReportSummaries(temp.store, 'whole');
    expectSummariesExact(temp.store, [year, ...longPeriods]);
  });
});
