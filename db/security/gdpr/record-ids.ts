import { sql } from 'kysely';
import type { Store } from '../../store.ts';

/**
 * The person's record ids as a subquery for `where(column, 'in', …)`: one JSON parameter
 * however many ids there are (a person's rows may be more than SQLite's parameter limit).
 */
export function recordIdsIn(store: Store, ids: readonly string[]) {
  return store.db
    .selectFrom(sql<{ value: string }>`json_each(${JSON.stringify(ids)})`.as('ids'))
    .select('ids.value');
}
