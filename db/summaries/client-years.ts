import type { Store } from '../store.ts';
import { countedPerson } from './period-acts.ts';
import type { ClientYear, ComboMonths } from './summary-blob.ts';

// raw SQL: the summaries refresh reads its groups in chunks and adds combos per row; Kysely would add ~4.6 µs a call (bench query-builder)

/** Grouped rows read back at a time: memory stays flat however many acts are recounted. */
const chunkRows = 50_000;

/**
 * Fills temp.report_refresh_groups (see refresh-summaries.ts) with the acts grouped by client,
 * month and combo, with the person and nationality they count for; `filter` picks the acts.
 * Needs temp.report_merged.
 */
export const collectGroups = (filter: string) => `INSERT INTO temp.report_refresh_groups
  SELECT c.rowid, p.rowid, p.nationality, g.month, g.type, g.town, g.kind, g.acts
  FROM (SELECT x.client_id, substr(x.date, 1, 7) AS month, x.type, x.town,
      x.course_kind AS kind, count(*) AS acts
    FROM all_acts x ${filter}
    GROUP BY x.client_id, month, x.type, x.town, x.course_kind) g
  JOIN clients c ON c.id = g.client_id
  ${countedPerson('g.client_id')}
  ORDER BY c.rowid, g.month`;

interface GroupRow {
  id: number;
  clientRowid: number;
  person: number;
  nationality: string;
  month: string;
  type: string;
  town: string;
  kind: string | null;
  acts: number;
}

/**
 * The grouped rows (in client and month order) as one record per client and year, read back in
 * chunks so that memory stays flat however many acts are recounted.
 */
export function forEachClientYear(store: Store, visit: (year: number, client: ClientYear) => void) {
  const db = store.sqlite;
  const combos = comboIds(store);
  const read = db.prepare(`SELECT rowid AS id, client_rowid AS clientRowid, person, nationality,
      month, type, town, kind, acts
    FROM temp.report_refresh_groups WHERE rowid > ? ORDER BY rowid LIMIT ${chunkRows}`);

  // The client and year being read, and its combos so far.
  const current: { year: number; client: ClientYear | null } = { year: -1, client: null };
  let entries = new Map<number, ComboMonths>();
  const flush = () => {
    if (current.client === null) return;
    visit(current.year, { ...current.client, entries: [...entries.values()] });
    entries = new Map();
  };

  for (let after = 0; ;) {
    const rows = read.all(after) as GroupRow[];
    for (const row of rows) {
      const month = /^(\d{4})-(\d{2})$/.exec(row.month);
      const monthNumber = Number(month?.[2]);
      // A malformed date lies outside every run of whole months: only the exact count sees it.
      if (!month || monthNumber < 1 || monthNumber > 12) continue;
      const year = Number(month[1]);
      if (current.client?.clientRowid !== row.clientRowid || current.year !== year) {
        flush();
        current.year = year;
        current.client = { clientRowid: row.clientRowid, person: row.person, entries: [] };
      }
      const combo = combos(row.type, row.town, row.kind, row.nationality);
      let entry = entries.get(combo);
      if (!entry) {
        entry = { combo, acts: Array.from({ length: 12 }, () => 0) };
        entries.set(combo, entry);
      }
      entry.acts[monthNumber - 1]! += row.acts;
    }
    if (rows.length < chunkRows) break;
    after = rows[rows.length - 1]!.id;
  }
  flush();
}

type ComboKey = [type: string, town: string, kind: string | null, nationality: string];

/** The id of each (type, town, course kind, nationality), added to report_combos when first seen. */
function comboIds(store: Store): (...key: ComboKey) => number {
  const db = store.sqlite;
  const known = new Map<string, number>();
  const rows = db.prepare('SELECT id, type, town, kind, nationality FROM report_combos').all() as {
    id: number;
    type: string;
    town: string;
    kind: string | null;
    nationality: string;
  }[];
  for (const row of rows)
    known.set(JSON.stringify([row.type, row.town, row.kind, row.nationality]), row.id);
  const add = db.prepare(
    'INSERT INTO report_combos (type, town, kind, nationality) VALUES (?, ?, ?, ?)',
  );
  return (...key) => {
    const found = known.get(JSON.stringify(key));
    if (found !== undefined) return found;
    const id = Number(add.run(...key).lastInsertRowid);
    known.set(JSON.stringify(key), id);
    return id;
  };
}
