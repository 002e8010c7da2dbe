import { PristavError } from '../errors.ts';
import type { ClientsTable } from '../schema.ts';
import { prepared, type Store } from '../store.ts';

// raw SQL: Kysely would add ~4.6 µs a call (bench query-builder) to lookups that run once per
// imported row (db/import), per client the retention rule anonymises, per listed loan or mark.

export function readClientRow(store: Store, id: string): ClientsTable | undefined {
  return prepared(store, 'SELECT * FROM clients WHERE id = ?').get(id) as ClientsTable | undefined;
}

/**
 * Follows merged_into to the surviving record (SYNC.md). Concurrent merges at two offices can
 * form a cycle; every office then resolves it the same way: to the smallest id in the cycle.
 */
export function resolveClientId(store: Store, id: string): string {
  const seen: string[] = [];
  let current = id;
  for (;;) {
    const row = prepared(store, 'SELECT merged_into FROM clients WHERE id = ?').get(current) as
      { merged_into: string | null } | undefined;
    if (!row || row.merged_into === null) return current;
    seen.push(current);
    if (seen.includes(row.merged_into)) {
      const cycle = seen.slice(seen.indexOf(row.merged_into));
      return cycle.sort()[0]!;
    }
    current = row.merged_into;
  }
}

/** Ids of the records merged (directly or through others) into this one. */
export function listMergedIds(store: Store, survivorId: string): string[] {
  const merged: string[] = [];
  const queue = [survivorId];
  while (queue.length > 0) {
    const id = queue.shift()!;
    const rows = prepared(
      store,
      'SELECT id FROM clients WHERE merged_into = ? AND deleted = 0',
    ).all(id) as { id: string }[];
    for (const row of rows) {
      if (row.id === survivorId || merged.includes(row.id)) continue;
      merged.push(row.id);
      queue.push(row.id);
    }
  }
  return merged;
}

/**
 * The record a new act, enrolment or loan is written to: the survivor of any merge, refused
 * when the client does not exist or was removed from the register.
 */
export function requireLiveClient(store: Store, id: string): ClientsTable {
  const client = readClientRow(store, resolveClientId(store, id));
  if (!client) throw new PristavError('NOT_FOUND', { what: id });
  if (client.deleted) throw new PristavError('CLIENT_DELETED');
  return client;
}
