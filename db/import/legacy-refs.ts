import { writeRow } from '../changes/write-row.ts';
import type { WriteTransaction } from '../changes/write-transaction.ts';
import { prepared, type Store } from '../store.ts';

/** What a legacy ref names: a client or course by its number, an act or tally by its content. */
export type LegacyKind = 'client' | 'course' | 'service' | 'tally';
export const legacyKinds: readonly LegacyKind[] = ['client', 'course', 'service', 'tally'];

export interface LegacyRef {
  source: string;
  kind: LegacyKind;
  ref: string;
}

/** The synced row's id is the JSON [source, kind, ref]: the same at every office. */
export function legacyRefId(source: string, kind: LegacyKind, ref: string): string {
  return JSON.stringify([source, kind, ref]);
}

export type LegacyRefIndex = Record<LegacyKind, Map<string, string>>;

/**
 * Every ref remembered under a source, by kind: ref → row id. Ids of one source share the
 * prefix `["source",`, so this is one range of the primary key.
 */
export function readLegacyRefs(store: Store, source: string): LegacyRefIndex {
  const index = Object.fromEntries(legacyKinds.map((kind) => [kind, new Map()])) as LegacyRefIndex;
  const prefix = `[${JSON.stringify(source)},`;
  // The first text after every id with that prefix: the prefix with its last character, ",", + 1.
  const end = `${prefix.slice(0, -1)}-`;
  const rows = prepared(
    store,
    'SELECT id, row_id FROM legacy_refs WHERE id >= ? AND id < ? AND deleted = 0',
  ).all(prefix, end) as { id: string; row_id: string }[];
  for (const row of rows) {
    const [, kind, ref] = JSON.parse(row.id) as [string, LegacyKind, string];
    index[kind]?.set(ref, row.row_id);
  }
  return index;
}

export function writeLegacyRef(w: WriteTransaction, ref: LegacyRef, rowId: string): void {
  writeRow(w, 'legacy_refs', legacyRefId(ref.source, ref.kind, ref.ref), { row_id: rowId });
}

/** The legacy records a row came from (a client's number in the old register). */
export function legacyRefsOfRow(store: Store, rowId: string): LegacyRef[] {
  const rows = prepared(
    store,
    'SELECT id FROM legacy_refs WHERE row_id = ? AND deleted = 0 ORDER BY id',
  ).all(rowId) as { id: string }[];
  return rows.map((row) => {
    const [source, kind, ref] = JSON.parse(row.id) as [string, LegacyKind, string];
    return { source, kind, ref };
  });
}
