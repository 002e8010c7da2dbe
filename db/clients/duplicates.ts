import { sql } from 'kysely';
import type { DuplicateCandidate, DuplicatePair } from '../contract/clients.ts';
import { selectAll } from '../query.ts';
import type { ClientsTable } from '../schema.ts';
import type { Store } from '../store.ts';
import { readClientRow } from './client-resolution.ts';
import { toClientSummary } from './client-mapping.ts';
import {
  type PersonKeys,
  type PreparedPerson,
  preparePerson,
  scoreDuplicate,
  scorePrepared,
} from './duplicate-score.ts';
import { duplicateKey, phoneKey } from '../text/name-keys.ts';

/**
 * The live clients (not deleted, not merged) with their search keys; client_keys names its
 * client by rowid. `deleted = 0` is a literal: with a parameter SQLite plans the groups of
 * findAllDuplicates by a scan of every client and a sort instead of the key indexes in order.
 */
function liveClientKeys(store: Store) {
  return store.db
    .selectFrom('client_keys as k')
    .innerJoin('clients as c', (join) => join.on(sql<boolean>`c.rowid = k.client_rowid`))
    .where('c.deleted', '=', sql.lit(0))
    .where('c.merged_into', 'is', null);
}

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
  const rows = selectAll(
    store,
    liveClientKeys(store)
      .selectAll('c')
      // An empty family name or phone key would match every record without one: left out.
      .where((eb) =>
        eb.or([
          eb('k.dup_key', '=', nameKey),
          ...(familyKey === '' ? [] : [eb('k.family_key', '=', familyKey)]),
          ...(phone === '' ? [] : [eb('k.phone_key', '=', phone)]),
        ]),
      )
      .limit(500),
  );
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
  const idsOfGroup = sql<string>`group_concat(c.id, ' ')`.as('ids');
  const isShared = sql<boolean>`count(*) > 1`;
  // A literal, not a parameter: only then may SQLite use the partial index of phone keys.
  const empty = sql.lit('');
  const groups = selectAll(
    store,
    liveClientKeys(store)
      .select(idsOfGroup)
      .where('k.dup_key', '<>', empty)
      .groupBy('k.dup_key')
      .having(isShared)
      .unionAll(
        liveClientKeys(store)
          .select(idsOfGroup)
          .where('k.family_key', '<>', empty)
          .where(sql<number>`length(c.birth_date)`, '=', 10)
          .groupBy(['k.family_key', 'c.birth_date'])
          .having(isShared),
      )
      .unionAll(
        liveClientKeys(store)
          .select(idsOfGroup)
          .where('k.phone_key', '<>', empty)
          .groupBy('k.phone_key')
          .having(isShared),
      ),
  );
  const people = new Map<string, { row: ClientsTable; keys: PreparedPerson }>();
  const person = (id: string) => {
    let known = people.get(id);
    if (!known) {
      // One read per member of every group of the whole register: readClientRow stays raw SQL.
      const row = readClientRow(store, id)!;
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
