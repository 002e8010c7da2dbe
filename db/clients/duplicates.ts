import type { DuplicateCandidate, DuplicatePair } from '../contract/clients.ts';
import type { ClientsTable } from '../schema.ts';
import { prepared, type Store } from '../store.ts';
import { toClientSummary } from './client-mapping.ts';
import {
  type PersonKeys,
  type PreparedPerson,
  preparePerson,
  scoreDuplicate,
  scorePrepared,
} from './duplicate-score.ts';
import { duplicateKey, phoneKey } from '../text/name-keys.ts';

const liveClients = 'c.deleted = 0 AND c.merged_into IS NULL';

function keysOf(row: ClientsTable): PersonKeys {
  return {
    familyName: row.is_pseudonymous ? row.nickname : row.family_name,
    givenNames: row.given_names,
    birthDate: row.birth_date,
    nationality: row.nationality,
    phone: row.phone,
  };
}

/**
 * Likely matches of a record being typed. Candidates share the names' key (any order, any
 * transliteration), the family name's key, or the phone; each is then scored.
 */
export function findDuplicatesFor(
  store: Store,
  person: PersonKeys & { excludeId?: string | undefined },
  minScore = 40,
): DuplicateCandidate[] {
  const nameKey = duplicateKey(`${person.familyName} ${person.givenNames}`);
  const familyKey = duplicateKey(person.familyName);
  const phone = phoneKey(person.phone ?? '');
  if (nameKey === '' && phone === '') return [];
  const rows = prepared(
    store,
    `SELECT c.* FROM client_keys k JOIN clients c ON c.rowid = k.client_rowid
     WHERE (k.dup_key = ? OR (k.family_key = ? AND ? <> '') OR (k.phone_key = ? AND ? <> ''))
       AND ${liveClients}
     LIMIT 500`,
  ).all(nameKey, familyKey, familyKey, phone, phone) as ClientsTable[];
  return rows
    .filter((row) => row.id !== person.excludeId)
    .map((row) => ({ client: toClientSummary(row), ...scoreDuplicate(person, keysOf(row)) }))
    .filter((candidate) => candidate.score >= minScore)
    .sort(
      (a, b) => b.score - a.score || a.client.displayName.localeCompare(b.client.displayName, 'cs'),
    )
    .slice(0, 20);
}

/**
 * Every likely pair in the register: records that share the names' key (any order, any
 * transliteration), or the family name and the full birth date, or the phone — scored and
 * listed best first. Blocking on these keys keeps the pairs to score few even at 300 000.
 */
export function findAllDuplicates(store: Store, minScore: number, limit: number): DuplicatePair[] {
  const groups = prepared(
    store,
    `SELECT group_concat(c.id, ' ') AS ids FROM client_keys k JOIN clients c ON c.rowid = k.client_rowid
     WHERE ${liveClients} AND k.dup_key <> ''
     GROUP BY k.dup_key HAVING count(*) > 1
     UNION ALL
     SELECT group_concat(c.id, ' ') FROM client_keys k JOIN clients c ON c.rowid = k.client_rowid
     WHERE ${liveClients} AND k.family_key <> '' AND length(c.birth_date) = 10
     GROUP BY k.family_key, c.birth_date HAVING count(*) > 1
     UNION ALL
     SELECT group_concat(c.id, ' ') FROM client_keys k JOIN clients c ON c.rowid = k.client_rowid
     WHERE ${liveClients} AND k.phone_key <> ''
     GROUP BY k.phone_key HAVING count(*) > 1`,
  ).all() as { ids: string }[];
  const read = prepared(store, 'SELECT * FROM clients WHERE id = ?');
  const people = new Map<string, { row: ClientsTable; keys: PreparedPerson }>();
  const person = (id: string) => {
    let known = people.get(id);
    if (!known) {
      const row = read.get(id) as ClientsTable;
      known = { row, keys: preparePerson(keysOf(row)) };
      people.set(id, known);
    }
    return known;
  };
  const pairs = new Map<string, DuplicatePair>();
  for (const group of groups) {
    const ids = group.ids.split(' ').sort();
    // Large groups are common names ("Nguyen Van Anh"): pair them but keep it bounded.
    const members = ids.slice(0, 50).map(person);
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const [a, b] = [members[i]!.row, members[j]!.row];
        const key = `${a.id} ${b.id}`;
        if (pairs.has(key)) continue;
        const { score, reasons } = scorePrepared(members[i]!.keys, members[j]!.keys);
        if (score >= minScore) {
          pairs.set(key, { a: toClientSummary(a), b: toClientSummary(b), score, reasons });
        }
      }
    }
  }
  return [...pairs.values()]
    .sort((x, y) => y.score - x.score || x.a.displayName.localeCompare(y.a.displayName, 'cs'))
    .slice(0, limit);
}
