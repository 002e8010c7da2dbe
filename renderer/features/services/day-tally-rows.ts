import type { DayOverview } from '../../../db/contract/index.ts';

export interface TallyRow {
  type: string;
  /** Acts recorded for registered clients. */
  acts: number;
  /** Walk-ins counted without a name. */
  anonymous: number;
}

/**
 * One row per service of the day: the front desk's own services first and always (a zero is an
 * answer too), then whatever else was delivered, most frequent first.
 */
export function tallyRows(overview: DayOverview, alwaysShown: readonly string[] = []): TallyRow[] {
  const rows = new Map<string, TallyRow>();
  const rowFor = (type: string) => {
    let row = rows.get(type);
    if (!row) {
      row = { type, acts: 0, anonymous: 0 };
      rows.set(type, row);
    }
    return row;
  };
  for (const type of alwaysShown) rowFor(type);
  for (const { type, count } of overview.actsByType) rowFor(type).acts += count;
  for (const { type, count } of overview.anonymousByType) rowFor(type).anonymous += count;
  const fixed = alwaysShown.map((type) => rowFor(type));
  const others = [...rows.values()]
    .filter((row) => !alwaysShown.includes(row.type))
    .sort((a, b) => b.acts + b.anonymous - (a.acts + a.anonymous) || a.type.localeCompare(b.type));
  return [...fixed, ...others];
}

export function tallyTotals(rows: readonly TallyRow[]): { acts: number; anonymous: number } {
  return rows.reduce(
    (sum, row) => ({ acts: sum.acts + row.acts, anonymous: sum.anonymous + row.anonymous }),
    { acts: 0, anonymous: 0 },
  );
}
