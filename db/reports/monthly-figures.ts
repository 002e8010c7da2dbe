import type { MonthlyFigures } from '../contract/report-exports.ts';
import { sql } from 'kysely';
import { selectAll } from '../query.ts';
import type { Store } from '../store.ts';
import { type PeriodActTables, toPeriodParams, withPeriodActs } from '../summaries/period-acts.ts';

/**
 * Every 'YYYY-MM' from the month of `from` to the month of `to`, both included. The count of
 * months is worked out first and bounds the loop: a comparison of 'YYYY-MM' strings would never
 * end past year 9999, where the next month's key sorts before the last one.
 */
export function monthsOf(from: string, to: string): string[] {
  const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
  const first = monthIndex(from);
  const count = monthIndex(to) - first + 1;
  if (!Number.isInteger(count)) return [];
  return Array.from({ length: Math.max(count, 1) }, (_, offset) => {
    const index = first + offset;
    const year = String(Math.floor(index / 12)).padStart(4, '0');
    return `${year}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

/**
 * The period report's clients and acts month by month, every month of the period listed (zeros
 * included) so that a chart of them has no gaps. Read from the report's own act set, the
 * funder's clients only, so the months' acts add up to the report's acts.
 */
export function buildMonthlyFigures(
  store: Store,
  input: { from: string; to: string; town?: string | undefined },
): MonthlyFigures[] {
  const params = toPeriodParams(input);
  const counted = withPeriodActs(store, params, () =>
    selectAll(
      store,
      store.db
        .withTables<PeriodActTables>()
        .selectFrom('report_acts')
        .select((eb) => [
          sql<string>`substr(date, 1, 7)`.as('month'),
          eb.fn.count<number>('person').distinct().as('clients'),
          eb.fn.countAll<number>().as('acts'),
        ])
        .where('is_other', '=', 0)
        .groupBy('month'),
    ),
  );
  const byMonth = new Map(counted.map((row) => [row.month, row]));
  return monthsOf(params.from, params.to).map(
    (month) => byMonth.get(month) ?? { month, clients: 0, acts: 0 },
  );
}
