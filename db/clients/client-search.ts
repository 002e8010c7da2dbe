import type { ClientSummary } from '../contract/clients.ts';
import type { ClientsTable } from '../schema.ts';
import { prepared, type Store } from '../store.ts';
import { toClientSummary } from './client-mapping.ts';
import { readClientRow, resolveClientId } from './client-resolution.ts';
import { foldTokens, phoneticToken } from '../text/name-keys.ts';
import { readSortRanks } from '../connection/sort-rank-cache.ts';

// raw SQL: search as you type over 300 000 clients (bench client-search) reads one row per match
// shown, by rowid after an FTS5 MATCH; Kysely would add ~4.6 µs a row (bench query-builder).

/**
 * The FTS5 query for what someone typed: every token must match the folded names, their
 * phonetic form (names) or the birth date/phone text (tokens with digits). Tokens are folded
 * exactly as the index folds names, so `nguy an` finds Nguyễn Văn An and `shevchenko` finds
 * Ševčenko. With `isPrefix`, each token may be the start of a word.
 */
export function buildMatchQuery(text: string, isPrefix = true): string | null {
  const tokens = foldTokens(text);
  if (tokens.length === 0) return null;
  const star = isPrefix ? '*' : '';
  return tokens
    .map((token) =>
      /\d/.test(token)
        ? `extra: "${token}"${star}`
        : `({names}: "${token}"${star} OR phonetic: "${phoneticToken(token)}"${star})`,
    )
    .join(' AND ');
}

/**
 * The first `limit` matches of one query in Czech alphabetical order: the index gives the
 * matching rowids, the in-memory ranks order them, and only those shown are read.
 */
function matchesInNameOrder(store: Store, match: string, limit: number): ClientsTable[] {
  const rowids = prepared(store, 'SELECT rowid FROM client_search WHERE client_search MATCH ?')
    .pluck()
    .all(match) as number[];
  if (rowids.length === 0) return [];
  const { rankByRowid, rowidByRank } = readSortRanks(store);
  // Typed arrays sort numerically and fast; rank 0 (not in the cache yet) sorts first, skipped.
  const ranks = Int32Array.from(rowids, (rowid) => rankByRowid[rowid] ?? 0).sort();
  const read = prepared(store, 'SELECT * FROM clients WHERE rowid = ?');
  const rows: ClientsTable[] = [];
  for (const rank of ranks) {
    if (rank === 0) continue;
    rows.push(read.get(rowidByRank[rank]) as ClientsTable);
    if (rows.length === limit) break;
  }
  return rows;
}

/**
 * Best matches first: clients whose names contain every typed word whole come before those
 * that only start with it; within each, Czech alphabetical order. Merged records answer as
 * their survivor; deleted ones not at all.
 */
export function searchClients(store: Store, text: string, limit: number): ClientSummary[] {
  const results: ClientSummary[] = [];
  const seen = new Set<string>();
  for (const isPrefix of [false, true]) {
    const match = buildMatchQuery(text, isPrefix);
    if (match === null) return [];
    // Extra rows cover those skipped below (merged, deleted, already listed).
    for (const row of matchesInNameOrder(store, match, limit + seen.size + 10)) {
      const survivor = row.merged_into === null ? row : readSurvivor(store, row);
      if (!survivor || survivor.deleted || seen.has(survivor.id)) continue;
      seen.add(survivor.id);
      results.push(toClientSummary(survivor));
      if (results.length === limit) return results;
    }
  }
  return results;
}

function readSurvivor(store: Store, row: ClientsTable): ClientsTable | undefined {
  return readClientRow(store, resolveClientId(store, row.id));
}
