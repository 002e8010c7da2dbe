import type { ClientSummary } from '../contract/clients.ts';
import type { ClientsTable } from '../schema.ts';
import { prepared, type Store } from '../store.ts';
import { toClientSummary } from './client-mapping.ts';
import { resolveClientId } from './client-resolution.ts';
import { foldTokens, phoneticToken } from './name-keys.ts';

/**
 * The FTS5 query for what someone typed: every token must match, by prefix, either the folded
 * names, their phonetic form or the birth date/phone text. Tokens are folded exactly as the
 * index folds names, so `nguy an` finds Nguyễn Văn An and `shevchenko` finds Ševčenko.
 */
export function buildMatchQuery(text: string): string | null {
  const tokens = foldTokens(text);
  if (tokens.length === 0) return null;
  return tokens
    .map((token) => {
      const phonetic = phoneticToken(token);
      return `({names extra}: "${token}"* OR phonetic: "${phonetic}"*)`;
    })
    .join(' AND ');
}

/** Best matches first (bm25, names weighing most); merged records answer as their survivor. */
export function searchClients(store: Store, text: string, limit: number): ClientSummary[] {
  const match = buildMatchQuery(text);
  if (match === null) return [];
  const rows = prepared(
    store,
    `SELECT c.* FROM client_search
     JOIN clients c ON c.rowid = client_search.rowid
     WHERE client_search MATCH ? AND c.deleted = 0
     ORDER BY bm25(client_search, 10.0, 3.0, 1.0), c.id
     LIMIT ?`,
  ).all(match, limit * 2) as ClientsTable[];
  const results: ClientSummary[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const survivor = row.merged_into === null ? row : readSurvivor(store, row);
    if (!survivor || seen.has(survivor.id)) continue;
    seen.add(survivor.id);
    results.push(toClientSummary(survivor));
    if (results.length === limit) break;
  }
  return results;
}

function readSurvivor(store: Store, row: ClientsTable): ClientsTable | undefined {
  const id = resolveClientId(store, row.id);
  const survivor = prepared(store, 'SELECT * FROM clients WHERE id = ?').get(id) as
    ClientsTable | undefined;
  return survivor && !survivor.deleted ? survivor : undefined;
}
