import type { Client } from '../contract/clients.ts';
import { runWrite, writeRow } from '../changes/index.ts';
import { PristavError } from '../errors.ts';
import type { Store } from '../store.ts';
import { recordAudit } from './audit.ts';
import { toClient } from './client-mapping.ts';
import { readClientRow, resolveClientId } from './client-resolution.ts';

/**
 * Merges a duplicate into the record that survives: a `merged_into` operation (SYNC.md), so
 * everything recorded under either id appears under the survivor, at every office.
 */
export function mergeClients(
  store: Store,
  userId: string | null,
  survivorId: string,
  mergedId: string,
): Client {
  return runWrite(store, userId, (w) => {
    const survivor = resolveClientId(store, survivorId);
    const merged = resolveClientId(store, mergedId);
    for (const id of [survivorId, mergedId]) {
      const row = readClientRow(store, id);
      if (!row || row.deleted) throw new PristavError('NOT_FOUND', { what: id });
    }
    if (survivor === merged) throw new PristavError('ALREADY_MERGED');
    writeRow(w, 'clients', merged, { merged_into: survivor });
    recordAudit(store, { action: 'merge', clientId: merged, userId, siteId: w.site });
    recordAudit(store, { action: 'merge', clientId: survivor, userId, siteId: w.site });
    return toClient(readClientRow(store, survivor)!);
  });
}

/** Separates a merged record again; it becomes a record of its own. */
export function unmergeClient(store: Store, userId: string | null, id: string): Client {
  return runWrite(store, userId, (w) => {
    const row = readClientRow(store, id);
    if (!row || row.deleted) throw new PristavError('NOT_FOUND', { what: id });
    if (row.merged_into === null) throw new PristavError('NOT_MERGED');
    writeRow(w, 'clients', id, { merged_into: null });
    recordAudit(store, { action: 'unmerge', clientId: id, userId, siteId: w.site });
    return toClient(readClientRow(store, id)!);
  });
}
