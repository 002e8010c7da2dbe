import type { Store } from '../store.ts';
import type { ActGroup } from './period-acts.ts';
import type { PeriodMonths } from './period-months.ts';
import { forEachComboIn } from './summary-blob.ts';

// raw SQL: the report over a period steps every summary block of its years; Kysely would add ~4.6 µs a statement (bench query-builder)

interface Combo {
  type: string;
  town: string;
  kind: string | null;
  nationality: string;
}

/**
 * The acts of whole months read from report_summary_blocks (fresh: see refreshReportSummaries),
 * in the same groups readActGroups gives — per client, type, town and course kind, with the
 * person it counts for and their nationality — so the report counts both alike.
 */
export function forEachSummaryGroup(
  store: Store,
  years: PeriodMonths['years'],
  town: string | null,
  visit: (group: ActGroup) => void,
): void {
  const db = store.sqlite;
  const combos: (Combo | undefined)[] = [];
  const rows = db
    .prepare('SELECT id, type, town, kind, nationality FROM report_combos')
    .all() as (Combo & { id: number })[];
  for (const { id, ...combo } of rows) {
    if (town === null || combo.town === town) combos[id] = combo;
  }
  const read = db.prepare('SELECT clients FROM report_summary_blocks WHERE year = ?').pluck();
  for (const { year, monthMask } of years) {
    for (const clients of read.iterate(year) as Iterable<Uint8Array>) {
      forEachComboIn(clients, monthMask, (person, id, acts) => {
        const combo = combos[id];
        if (combo !== undefined) visit({ person, ...combo, acts });
      });
    }
  }
}
