import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApi } from '../../../db/api.ts';
import { migrateToLatest } from '../../../db/connection/migrate.ts';
import { configureDatabase, openCheckedDatabase } from '../../../db/connection/open-database.ts';
import { registerSqlFunctions } from '../../../db/connection/sql-functions.ts';
import type { ClientSummary } from '../../../db/contract/clients.ts';
import { createStore } from '../../../db/store.ts';
import { createDatabaseAtVersion, migrationNames } from '../../helpers/old-schema.ts';
import { makeTempDir } from '../../helpers/temp-database.ts';

/**
 * Migration 2026_12_05_0200_client_local_numbers on a file of the release before it: every
 * client keeps its rowid (now the explicit local_number), so the search index, the search and
 * duplicate keys and the summaries that store it still point at the same people; the indexes and
 * triggers are back; and a VACUUM can no longer renumber anyone.
 */
describe('the client local numbers migration', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());

  it('keeps each client at its rowid, with its index, keys and triggers', async () => {
    const file = join(temp.dir, 'old.sqlite');
    const version = migrationNames.indexOf('2026_12_05_0200_client_local_numbers');
    await createDatabaseAtVersion(file, version);
    const sqlite = openCheckedDatabase({ file, mode: 'open' });
    try {
      registerSqlFunctions(sqlite);
      configureDatabase(sqlite);
      // A gap in the rowids, as an erasure leaves it (here the first client's record goes, its
      // index entries with it, by the delete triggers): a renumbering would close it.
      const ids = sqlite.prepare('SELECT id FROM clients ORDER BY rowid').pluck().all() as string[];
      expect(ids.length).toBeGreaterThanOrEqual(2);
      sqlite.prepare('DELETE FROM clients WHERE id = ?').run(ids[0]);
      const kept = ids.at(-1)!;
      const before = sqlite.prepare('SELECT rowid AS n, * FROM clients ORDER BY id').all();
      const schemaBefore = sqlite
        .prepare(
          "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'clients' AND type <> 'table' ORDER BY name",
        )
        .all();

      await migrateToLatest(createStore(sqlite, file, () => Date.UTC(2026, 11, 5, 9)));

      const after = sqlite.prepare('SELECT rowid AS n, * FROM clients ORDER BY id').all() as {
        n: number;
        local_number: number;
      }[];
      expect(after.map(({ local_number: _l, ...rest }) => rest)).toEqual(before);
      expect(after.every((row) => row.local_number === row.n)).toBe(true);
      expect(
        sqlite
          .prepare(
            "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'clients' AND type <> 'table' ORDER BY name",
          )
          .all(),
      ).toEqual(schemaBefore);
      const [primaryKey] = sqlite
        .prepare("SELECT name, type FROM pragma_table_info('clients') WHERE pk = 1")
        .all();
      expect(primaryKey).toEqual({ name: 'local_number', type: 'INTEGER' });
      expect(() => sqlite.prepare('INSERT INTO clients (id) VALUES (?)').run(kept)).toThrow(
        /UNIQUE/,
      );

      sqlite.exec('VACUUM');
      expect(sqlite.prepare('SELECT rowid AS n, * FROM clients ORDER BY id').all()).toEqual(after);

      // The last client is still found by name through the search index and its keys.
      const store = createStore(sqlite, file, () => Date.UTC(2026, 11, 5, 9));
      const api = createApi(store);
      const name = sqlite
        .prepare('SELECT family_name FROM clients WHERE id = ?')
        .pluck()
        .get(kept) as string;
      const found = await api.invoke('clients.search', { text: name }, 'cs');
      expect(found.ok && (found.value as ClientSummary[]).map((c) => c.id)).toEqual([kept]);
      expect(after.find((row) => (row as unknown as { id: string }).id === kept)!.n).toBe(
        ids.length,
      );
    } finally {
      sqlite.close();
    }
  });
});

describe('rowids that other tables store', () => {
  it('belong to tables with an explicit INTEGER PRIMARY KEY, which VACUUM keeps', async () => {
    const temp = makeTempDir();
    const file = join(temp.dir, 'latest.sqlite');
    await createDatabaseAtVersion(file, migrationNames.length);
    const sqlite = openCheckedDatabase({ file, mode: 'open' });
    try {
      // Triggers that copy a row's rowid into another table (the search index, the keys, the
      // summaries' list of erased people) are where a stored rowid comes from.
      const storing = sqlite
        .prepare(
          `SELECT DISTINCT tbl_name FROM sqlite_master
           WHERE type = 'trigger' AND (sql LIKE '%new.rowid%' OR sql LIKE '%old.rowid%')`,
        )
        .pluck()
        .all() as string[];
      expect(storing).toContain('clients');
      for (const table of storing) {
        const keys = sqlite
          .prepare(`SELECT type FROM pragma_table_info(?) WHERE pk > 0`)
          .pluck()
          .all(table);
        expect(keys, table).toEqual(['INTEGER']);
      }
    } finally {
      sqlite.close();
      temp.cleanup();
    }
  });
});
