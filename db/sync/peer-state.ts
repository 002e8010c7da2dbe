import { type HeldRange, heldRanges, listOrigins } from '../changes/index.ts';
import { prepared, type Store } from '../store.ts';

/** The site that writes a file, and whether it is HQ (which forwards everyone's operations). */
export interface Sender {
  siteId: string;
  isHq: boolean;
}

/** Origin site → the highest counter held without a gap (this site's own: its counter). */
export function readVector(store: Store): Record<string, number> {
  const rows = prepared(store, 'SELECT site, counter FROM version_vector ORDER BY site').all() as {
    site: string;
    counter: number;
  }[];
  return Object.fromEntries(rows.map((row) => [row.site, row.counter]));
}

/** What `peer` said it holds, per origin (its vector in the last file it sent, or enrolment). */
export function readAcks(store: Store, peer: string): Record<string, number> {
  const rows = prepared(store, 'SELECT origin, counter FROM sync_acks WHERE peer = ?').all(
    peer,
  ) as { origin: string; counter: number }[];
  return Object.fromEntries(rows.map((row) => [row.origin, row.counter]));
}

/** Records what a peer holds; an older claim never lowers a newer one (files arrive in any order). */
export function raiseAcks(store: Store, peer: string, vector: Record<string, number>): void {
  const upsert = prepared(
    store,
    `INSERT INTO sync_acks (peer, origin, counter) VALUES (?, ?, ?)
     ON CONFLICT (peer, origin) DO UPDATE SET counter = max(counter, excluded.counter)`,
  );
  for (const [origin, counter] of Object.entries(vector)) upsert.run(peer, origin, counter);
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
  prepared(
    store,
    `INSERT OR IGNORE INTO sync_files (file_id, direction, peer, at, operations, summary)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(file.fileId, file.direction, file.peer, file.at, file.operations, file.summary ?? '');
}

/** What a file to `peer` would tell it now: the ranges it would carry and our vector. */
export function exportSummary(store: Store, peer: string, sender: Sender): string {
  return JSON.stringify({ ranges: rangesFor(store, peer, sender), vector: readVector(store) });
}

/** Whether the last file written to `peer` told it exactly this (nothing new to send). */
export function isSameAsLastSent(store: Store, peer: string, summary: string): boolean {
  const last = prepared(
    store,
    `SELECT summary FROM sync_files WHERE peer = ? AND direction = 'out'
     ORDER BY at DESC LIMIT 1`,
  ).get(peer) as { summary: string } | undefined;
  return last?.summary === summary;
}

export function isFileImported(store: Store, fileId: string): boolean {
  return (
    prepared(store, "SELECT 1 FROM sync_files WHERE file_id = ? AND direction = 'in'").get(
      fileId,
    ) !== undefined
  );
}
