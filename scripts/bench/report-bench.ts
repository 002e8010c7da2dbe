import { deepStrictEqual } from 'node:assert';
import { performance } from 'node:perf_hooks';
import type { PeriodReport } from '../../db/contract/reports.ts';
import { openStore } from '../../db/open-app.ts';
import { buildPeriodReport } from '../../db/reports/period-report.ts';
import { refreshReportSummaries } from '../../db/summaries/refresh-summaries.ts';
import { type BenchResult, median } from './bench-format.ts';
import { demoCache } from './demo-cache.ts';
import { buildBaselineReport } from './report-baseline.ts';

const years = 5;
const seed = 1;
const runs = 5;

function time<T>(work: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = work();
  return { value, ms: performance.now() - start };
}

/**
 * The yearly report on `demo --scale 300000 --years 5` (PRISTAV_BENCH_SCALE for a smaller
 * register): buildPeriodReport for the last full year beside the fastest hand-written SQL for
 * the same figures on the same file, which must give the same numbers. The report reads the
 * per-client yearly summaries the app keeps; the hand-written SQL, and the report's own exact
 * path, count the acts themselves. Also what keeping the summaries costs: recounting one client
 * (after a write) and the whole register. Medians of five runs after a warm-up of each.
 */
export async function benchYearlyReport(): Promise<BenchResult[]> {
  const clients = Number(process.env.PRISTAV_BENCH_SCALE ?? 300_000);
  const cache = await demoCache({ clients, years, seed });
  const store = await openStore({ file: cache.file, mode: 'open' });
  try {
    const year = new Date(store.now()).getUTCFullYear() - 1;
    const label = `${clients.toLocaleString('en').replaceAll(',', ' ')} clients × ${years} years`;
    const period = { from: `${year}-01-01`, to: `${year}-12-31` };
    const ours = (): PeriodReport => buildPeriodReport(store, period);
    const fromActs = (): PeriodReport => buildPeriodReport(store, period, { fromActs: true });
    const baseline = (): PeriodReport => buildBaselineReport(store.sqlite, period);

    // A file from before the summaries, or one a large import just changed: all recounted.
    store.sqlite.exec('INSERT OR IGNORE INTO report_dirty SELECT id FROM clients');
    const recountAll = time(() => refreshReportSummaries(store));
    const warm = { ours: time(ours), fromActs: time(fromActs), baseline: time(baseline) };
    // The same numbers, or the comparison means nothing.
    deepStrictEqual(warm.baseline.value, warm.ours.value);
    deepStrictEqual(warm.fromActs.value, warm.ours.value);
    const oursMs: number[] = [];
    const fromActsMs: number[] = [];
    const baselineMs: number[] = [];
    const recountOneMs: number[] = [];
    const someone = store.sqlite.prepare('SELECT id FROM clients ORDER BY rowid DESC LIMIT 1');
    for (let run = 0; run < runs; run++) {
      oursMs.push(time(ours).ms);
      fromActsMs.push(time(fromActs).ms);
      baselineMs.push(time(baseline).ms);
      // What the next report pays after a social worker records an act: one client recounted.
      store.sqlite.prepare('INSERT INTO report_dirty VALUES (?)').run(someone.pluck().get());
      recountOneMs.push(time(() => refreshReportSummaries(store)).ms);
    }
    const report = warm.ours.value;
    return [
      {
        name: `yearly report ${year} (${label}: ${report.acts} acts of ${report.clients} clients)`,
        unit: 'ms',
        figure: median(oursMs),
        baseline: median(baselineMs),
        target: '≤ 1000 ms, ratio ≤ 1.5',
      },
      {
        name: `the same, every day counted from the acts (no summaries)`,
        unit: 'ms',
        figure: median(fromActsMs),
        baseline: median(baselineMs),
      },
      {
        name: `summaries: one client recounted (after a write)`,
        unit: 'ms',
        figure: median(recountOneMs),
      },
      { name: `summaries: all ${label} recounted`, unit: 's', figure: recountAll.ms / 1000 },
      ...(cache.generatedIn === null
        ? []
        : [
            {
              name: `demo --scale ${clients} --years ${years} (setup)`,
              unit: 's',
              figure: cache.generatedIn,
            },
          ]),
      { name: `its database file`, unit: 'GB', figure: cache.bytes / 1e9 },
    ];
  } finally {
    store.sqlite.close();
  }
}
