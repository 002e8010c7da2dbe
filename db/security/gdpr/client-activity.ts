import { encodeRowId, hlcWallSql } from '../../changes/index.ts';
import { resolveClientId } from '../../clients/client-resolution.ts';
import { selectAll } from '../../query.ts';
import { prepared, type Store, storeToday } from '../../store.ts';

/*
 * When a person was last in contact with the centre, for the retention rule. "An act" is what
 * the reports count as one (the all_acts view: a service act, an attended lesson, a loan) —
 * plus a loan's return and the first contact, which are contact too. A book still out means
 * the person is in contact today (the centre still needs to know who has it). A record with
 * none of these counts from the day it was registered (its first operation in the change log).
 * Records merged into a survivor are the same person: their activity is the survivor's.
 */

/** Each merged record's survivor, and each survivor's merged records (they are few). */
export interface MergedRecords {
  survivorOf: Map<string, string>;
  mergedInto: Map<string, string[]>;
}

export function readMergedRecords(store: Store): MergedRecords {
  const survivorOf = new Map<string, string>();
  const mergedInto = new Map<string, string[]>();
  const rows = selectAll(
    store,
    store.db.selectFrom('clients').select('id').where('merged_into', 'is not', null),
  );
  for (const { id } of rows) {
    const survivor = resolveClientId(store, id);
    if (survivor === id) continue;
    survivorOf.set(id, survivor);
    mergedInto.set(survivor, [...(mergedInto.get(survivor) ?? []), id]);
  }
  return { survivorOf, mergedInto };
}

/**
 * Survivors with any contact on or after `since`: the quick way to rule most of the register
 * out, from the date indexes, before the last contact of the rest is looked up one by one.
 */
export function readRecentlyActive(
  store: Store,
  since: string,
  merged: MergedRecords,
): Set<string> {
  const rows = [
    ...selectAll(
      store,
      store.db
        .selectFrom('all_acts')
        .select('client_id as id')
        .distinct()
        .where('date', '>=', since),
    ),
    ...selectAll(
      store,
      store.db
        .selectFrom('loans')
        .select('client_id as id')
        .distinct()
        .where('deleted', '=', 0)
        .where((eb) => eb.or([eb('returned_on', 'is', null), eb('returned_on', '>=', since)])),
    ),
    ...selectAll(
      store,
      store.db.selectFrom('clients').select('id').where('first_contact', '>=', since),
    ),
  ];
  const ids = rows.map((row) => row.id);
  return new Set(ids.map((id) => merged.survivorOf.get(id) ?? id));
}

/** The last day of contact with the person whose records these are (see above). */
// raw SQL: runs once per client of the register for the retention list; Kysely would add ~4.6 µs a call (bench query-builder)
export function lastActivityOf(store: Store, recordIds: string[]): string {
  const ids = JSON.stringify(recordIds);
  const row = prepared(
    store,
    `SELECT
       (SELECT max(date) FROM all_acts WHERE client_id IN (SELECT value FROM json_each(@ids))) AS act,
       (SELECT max(returned_on) FROM loans WHERE deleted = 0
          AND client_id IN (SELECT value FROM json_each(@ids))) AS returned,
       (SELECT count(*) FROM loans WHERE deleted = 0 AND returned_on IS NULL
          AND client_id IN (SELECT value FROM json_each(@ids))) AS open_loans,
       (SELECT max(first_contact) FROM clients
          WHERE id IN (SELECT value FROM json_each(@ids))) AS first_contact`,
  ).get({ ids }) as {
    act: string | null;
    returned: string | null;
    open_loans: number;
    first_contact: string | null;
  };
  if (row.open_loans > 0) return storeToday(store);
  const dates = [row.act, row.returned, row.first_contact].filter((date) => date !== null);
  if (dates.length > 0) return dates.sort().at(-1)!;
  return registeredOn(store, recordIds);
}

/** The day the earliest of the records was written, by the change log's clock. */
// raw SQL: runs once per client without contact for the retention list; Kysely would add ~4.6 µs a call (bench query-builder)
function registeredOn(store: Store, recordIds: string[]): string {
  const first = prepared(store, `SELECT min(${hlcWallSql('hlc')}) FROM ops WHERE row = ?`).pluck();
  const walls = recordIds
    .map((id) => first.get(encodeRowId(id)) as number | null)
    .filter((wall) => wall !== null);
  const wall = walls.length > 0 ? Math.min(...walls) : store.now();
  return new Date(wall).toISOString().slice(0, 10);
}
