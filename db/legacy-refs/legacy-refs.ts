import { writeRow, type WriteTransaction } from '../changes/index.ts';
import { selectAll, selectFirst } from '../query.ts';
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

/** The row a ref names under a source, if it is there and not deleted. */
export function findLegacyRef(
  store: Store,
  source: string,
  kind: LegacyKind,
  ref: string,
): string | undefined {
  // raw SQL: runs once per imported row that names a client or course; Kysely would add ~4.6 µs a call (bench query-builder)
  const row = prepared(store, 'SELECT row_id FROM legacy_refs WHERE id = ? AND deleted = 0').get(
    legacyRefId(source, kind, ref),
  ) as { row_id: string } | undefined;
  return row?.row_id;
}

/** The row a ref names, when it was imported before under the source and not deleted. */
export type KnownRefs = (kind: LegacyKind, ref: string) => string | undefined;

/**
 * Looks refs up one at a time by the primary key rather than reading every ref of the source
 * into memory: a source imported before with 100 000 rows would otherwise be 100 000 entries.
 * Whether the source has any ref of a kind is asked once, so the first import of a register
 * looks up nothing (and later writes of the same import do not change that answer).
 */
export function knownRefs(store: Store, source: string): KnownRefs {
  const hasKind = new Map<LegacyKind, boolean>();
  return (kind, ref) => {
    let has = hasKind.get(kind);
    if (has === undefined) {
      // Ids of one source and kind share the prefix `["source","kind",`; the first text after
      // them all is that prefix with its last character, ",", + 1.
      const prefix = `${JSON.stringify([source, kind]).slice(0, -1)},`;
      const next = `${prefix.slice(0, -1)}-`;
      has =
        selectFirst(
          store,
          store.db
            .selectFrom('legacy_refs')
            .select('id')
            .where('id', '>=', prefix)
            .where('id', '<', next)
            .limit(1),
        ) !== undefined;
      hasKind.set(kind, has);
    }
    return has ? findLegacyRef(store, source, kind, ref) : undefined;
  };
}

export function writeLegacyRef(w: WriteTransaction, ref: LegacyRef, rowId: string): void {
  writeRow(w, 'legacy_refs', legacyRefId(ref.source, ref.kind, ref.ref), { row_id: rowId });
}

/** The legacy records a row came from (a client's number in the old register). */
export function legacyRefsOfRow(store: Store, rowId: string): LegacyRef[] {
  const rows = selectAll(
    store,
    store.db
      .selectFrom('legacy_refs')
      .select('id')
      .where('row_id', '=', rowId)
      .where('deleted', '=', 0)
      .orderBy('id'),
  );
  return rows.map((row) => {
    const [source, kind, ref] = JSON.parse(row.id) as [string, LegacyKind, string];
    return { source, kind, ref };
  });
}
