import type { Store } from '../store.ts';
import { type ActGroup, type PeriodParams, readActGroups } from './period-acts.ts';
import { splitIntoMonths } from './period-months.ts';
import { summariesAreFresh } from './refresh-summaries.ts';
import { forEachSummaryGroup } from './summary-groups.ts';

/**
 * The period's acts in groups (per client, type, town and course kind; see ActGroup). Whole
 * months come from the per-client yearly summaries when they are fresh, the days at the ends of
 * the period from the acts; with `fromActs`, or when the summaries are stale (a write from
 * another connection since they were counted), every day comes from the acts. A person may have
 * groups from both: the counting is by person, so that is the same count.
 */
export function forEachPeriodGroup(
  store: Store,
  params: PeriodParams,
  visit: (group: ActGroup) => void,
  options: { fromActs?: boolean } = {},
): void {
  if (options.fromActs === true || !summariesAreFresh(store)) {
    for (const group of readActGroups(store, params)) visit(group);
    return;
  }
  const months = splitIntoMonths(params.from, params.to);
  for (const edge of months.edges) {
    for (const group of readActGroups(store, { ...params, ...edge })) visit(group);
  }
  forEachSummaryGroup(store, months.years, params.town, visit);
}
