import type { HistoryEntry } from '../../../db/contract/index.ts';

/**
 * Drops the empty values a new record writes for every field it leaves blank: an empty value
 * says something only after the field has held one. Entries come newest first and stay so.
 */
export function meaningfulEntries(entries: readonly HistoryEntry[]): HistoryEntry[] {
  const hasHeldValue = new Set<string>();
  const kept: HistoryEntry[] = [];
  for (const entry of [...entries].reverse()) {
    const isEmpty = entry.value === null || entry.value === '' || entry.value === '[]';
    if (isEmpty && !hasHeldValue.has(entry.field)) continue;
    if (!isEmpty) hasHeldValue.add(entry.field);
    kept.push(entry);
  }
  return kept.reverse();
}
