import { forEachPeriodGroup } from '../summaries/period-groups.ts';
import { getActDays } from '../summaries/report-range.ts';
import { withFreshSummaries } from '../summaries/refresh-summaries.ts';
import type { Store } from '../store.ts';

/**
 * Rowids of the clients served in a period exactly as the report counts them (the survivor at
 * the end of a merge chain for a merged record's acts; removed clients left out), so the
 * register filtered to a period lists the report's "served clients" and no other number.
 * An open end stands for the first or last act.
 */
export function servedClientRowids(
  store: Store,
  period: { from?: string | undefined; to?: string | undefined },
): Set<number> {
  const served = new Set<number>();
  withFreshSummaries(store, () => {
    const range = getActDays(store);
    if (range.firstDate === null || range.lastDate === null) return;
    const from =
      period.from === undefined || period.from < range.firstDate ? range.firstDate : period.from;
    const to = period.to === undefined || period.to > range.lastDate ? range.lastDate : period.to;
    if (from > to) return;
    forEachPeriodGroup(store, { from, to, town: null }, (group) => served.add(group.person));
  });
  return served;
}
