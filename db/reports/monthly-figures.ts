import type { MonthlyFigures } from '../contract/report-exports.ts';
import type { Store } from '../store.ts';
import { toPeriodParams, withPeriodActs } from './period-acts.ts';

/** Every 'YYYY-MM' from the month of `from` to the month of `to`, both included. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) return months;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

/**
 * The period report's clients and acts month by month, every month of the period listed (zeros
 * included) so that a chart of them has no gaps. Read from the report's own act set, so the
 * months' acts add up to the report's acts.
 */
export function buildMonthlyFigures(
  store: Store,
  input: { from: string; to: string; town?: string | undefined },
): MonthlyFigures[] {
  const params = toPeriodParams(input);
  const counted = withPeriodActs(
    store,
    params,
    () =>
      store.sqlite
        .prepare(
          `SELECT substr(date, 1, 7) AS month, count(DISTINCT person) AS clients, count(*) AS acts
           FROM report_acts GROUP BY month`,
        )
        .all() as MonthlyFigures[],
  );
  const byMonth = new Map(counted.map((row) => [row.month, row]));
  return monthsOf(params.from, params.to).map(
    (month) => byMonth.get(month) ?? { month, clients: 0, acts: 0 },
  );
}
