import { type HeldRange, heldRanges, listOrigins } from '../changes/index.ts';
import { execute, selectAll, selectFirst } from '../query.ts';
import type { Store } from '../store.ts';

/** The site that writes a file, and whether it is HQ (which forwards everyone's operations). */
export interface Sender {
  siteId: string;
  isHq: boolean;
}

/** Origin site → the highest counter held without a gap (this site's own: its counter). */
export function readVector(store: Store): Record<string, number> {
  const rows = selectAll(
    store,
    store.db.selectFrom('version_vector').select(['site', 'counter']).orderBy('site'),
  );
  return Object.fromEntries(rows.map((row) => [row.site, row.counter]));
}

/** What `peer` said it holds, per origin (its vector in the last file it sent, or enrolment). */
export function readAcks(store: Store, peer: string): Record<string, number> {
  const rows = selectAll(
    store,
    store.db.selectFrom('sync_acks').select(['origin', 'counter']).where('peer', '=', peer),
  );
  return Object.fromEntries(rows.map((row) => [row.origin, row.counter]));
}

/** Records what a peer holds; an older claim never lowers a newer one (files arrive in any order). */
export function raiseAcks(store: Store, peer: string, vector: Record<string, number>): void {
  for (const [origin, counter] of Object.entries(vector)) {
    execute(
      store,
      store.db
        .insertInto('sync_acks')
        .values({ peer, origin, counter })
        .onConflict((conflict) =>
          conflict.columns(['peer', 'origin']).doUpdateSet((eb) => ({
            counter: eb.fn('max', ['sync_acks.counter', 'excluded.counter']),
          })),
        ),
    );
  }
}

/**
 * The operations `peer` lacks: per origin (except the peer itself, which holds all of its own),
 * the runs held here above what it acknowledged. HQ so forwards every branch's operations
 * unchanged; the same operation arriving twice collapses at the recipient. A branch sends only
 * its own: files go branch → HQ → branch, and HQ refuses another site's operations in a
 * branch's file, since only their origin's signature could vouch for them.
 */
export function rangesFor(store: Store, peer: string, sender: Sender): HeldRange[] {
  const acks = readAcks(store, peer);
  const origins = sender.isHq ? listOrigins(store) : [sender.siteId];
  return origins
    .filter((origin) => origin !== peer)
    .flatMap((origin) => heldRanges(store, origin, acks[origin] ?? 0));
}

export function countRanges(ranges: readonly HeldRange[]): number {
  return ranges.reduce((sum, range) => sum + range.to - range.from + 1, 0);
}

export function recordFile(
  store: Store,
  file: {
    fileId: string;
    direction: 'in' | 'out';
    peer: string;
    at: string;
    operations: number;
    summary?: string;
  },
): void {
  execute(
    store,
    store.db
      .insertInto('sync_files')
      .orIgnore()
      .values({
        file_id: file.fileId,
        direction: file.direction,
        peer: file.peer,
        at: file.at,
        operations: file.operations,
        summary: file.summary ?? '',
      }),
  );
}

/** What a file to `peer` would tell it now: the ranges it would carry and our vector. */
export function exportSummary(store: Store, peer: string, sender: Sender): string {
  return JSON.stringify({ ranges: rangesFor(store, peer, sender), vector: readVector(store) });
}

/** Whether the last file written to `peer` told it exactly this (nothing new to send). */
export function isSameAsLastSent(store: Store, peer: string, summary: string): boolean {
  const last = selectFirst(
    store,
    store.db
      .selectFrom('sync_files')
      .select('summary')
      .where('peer', '=', peer)
      .where('direction', '=', 'out')
      .orderBy('at', 'desc')
      .limit(1),
  );
  return last?.summary === summary;
}

export function isFileImported(store: Store, fileId: string): boolean {
  const file = selectFirst(
    store,
    store.db
      .selectFrom('sync_files')
      .select('file_id')
      .where('file_id', '=', fileId)
      .where('direction', '=', 'in'),
  );
  return file !== undefined;
}
