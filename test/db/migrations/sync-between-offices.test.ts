import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../../db/connection/migrate.ts';
import type { Store } from '../../../db/store.ts';
import { openBeforeMigration } from '../../helpers/migration-fixture.ts';
import { makeTempDir } from '../../helpers/temp-database.ts';

const migration = '2026_12_02_1100_sync_between_offices';
const tablesOf = (store: Store) =>
  store.sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];

/**
 * Migration 2026_12_02_1100_sync_between_offices on a file with a site, clients and their
 * change log: the site keeps every value and gains an empty registry entry (no keys, not
 * revoked, not enrolled), and the exchange's bookkeeping starts empty.
 */
describe('the sync between offices migration', () => {
  const temp = makeTempDir();
  let store: Store;
  let sitesBefore: Record<string, unknown>[];
  let tablesBefore: string[];
  const countsBefore = new Map<string, number>();

  beforeAll(async () => {
    store = await openBeforeMigration(temp.dir, migration, () => Date.UTC(2026, 11, 2, 11));
    sitesBefore = store.sqlite.prepare('SELECT * FROM sites ORDER BY id').all() as Record<
      string,
      unknown
    >[];
    tablesBefore = tablesOf(store);
    for (const table of ['clients', 'ops', 'local_meta']) {
      const count = store.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
      countsBefore.set(table, count);
    }
    await migrateToLatest(store, { upTo: migration });
  });
  afterAll(() => {
    store.sqlite.close();
    temp.cleanup();
  });

  it('had a site, clients and a change log to carry over', () => {
    expect(sitesBefore.length).toBeGreaterThan(0);
    expect(sitesBefore[0]).not.toHaveProperty('signing_key');
    expect(countsBefore.get('clients')).toBeGreaterThan(0);
    expect(countsBefore.get('ops')).toBeGreaterThan(0);
  });

  it('keeps every site as it was, with no keys, not revoked and not enrolled', () => {
    const sites = store.sqlite.prepare('SELECT * FROM sites ORDER BY id').all();
    expect(sites).toEqual(
      sitesBefore.map((row) => ({
        ...row,
        signing_key: '',
        agreement_key: '',
        is_revoked: 0,
        enrolled_on: null,
      })),
    );
  });

  it('keeps every other row and starts the exchange’s bookkeeping empty', () => {
    for (const [table, count] of countsBefore) {
      expect(store.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(
        count,
      );
    }
    const added = tablesOf(store).filter((name) => !tablesBefore.includes(name));
    expect(added).toEqual(['ops_awaited', 'review_items', 'sync_acks', 'sync_files']);
    for (const table of added) {
      expect(store.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
    }
    expect(() =>
      store.sqlite
        .prepare(
          "INSERT INTO review_items (id, table_name, row_id, column_name, kind) VALUES ('r', 'clients', 'c', 'town', 'merge')",
        )
        .run(),
    ).toThrow(/CHECK/);
  });
});
