import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../../db/connection/migrate.ts';
import { configureDatabase, openCheckedDatabase } from '../../../db/connection/open-database.ts';
import { registerSqlFunctions } from '../../../db/connection/sql-functions.ts';
import { createStore, type Store } from '../../../db/store.ts';
import { createDatabaseAtVersion, migrationNames } from '../../helpers/old-schema.ts';
import { makeTempDir } from '../../helpers/temp-database.ts';

/**
 * Migrations 2026_12_03_0100_sign_in, _1300_erasure and _1400_access_log on a file made before
 * them, with users and clients: every row comes back the same with the new columns at their
 * defaults (no password, not disabled: the database still opens without sign-in), the search
 * index deletes its tokens at once, and the access log is append-only.
 */
describe('the sign-in, erasure and access-log migrations', () => {
  const temp = makeTempDir();
  let store: Store;
  let usersBefore: unknown[];
  let clientsBefore: unknown[];

  beforeAll(async () => {
    const file = join(temp.dir, 'old.sqlite');
    await createDatabaseAtVersion(file, migrationNames.indexOf('2026_12_03_0100_sign_in'));
    const sqlite = openCheckedDatabase({ file, mode: 'open' });
    registerSqlFunctions(sqlite);
    configureDatabase(sqlite);
    store = createStore(sqlite, file, () => Date.UTC(2026, 11, 3, 12));
    usersBefore = sqlite.prepare('SELECT * FROM users ORDER BY id').all();
    clientsBefore = sqlite.prepare('SELECT id, family_name FROM clients ORDER BY id').all();
    await migrateToLatest(store);
  });
  afterAll(() => {
    store.sqlite.close();
    temp.cleanup();
  });

  it('keeps every user, with no password and not disabled, and every client', () => {
    expect(usersBefore.length).toBeGreaterThan(0);
    expect(store.sqlite.prepare('SELECT * FROM users ORDER BY id').all()).toEqual(
      usersBefore.map((row) => ({ ...(row as object), password_hash: '', is_disabled: 0 })),
    );
    expect(store.sqlite.prepare('SELECT id, family_name FROM clients ORDER BY id').all()).toEqual(
      clientsBefore,
    );
    expect(store.sqlite.prepare('SELECT count(*) FROM sign_in_failures').pluck().get()).toBe(0);
    expect(store.sqlite.prepare('SELECT count(*) FROM erasures').pluck().get()).toBe(0);
  });

  it('sets the search index to delete tokens at once', () => {
    const setting = store.sqlite
      .prepare("SELECT v FROM client_search_config WHERE k = 'secure-delete'")
      .pluck()
      .get();
    expect(setting).toBe(1);
  });

  it('makes the access log append-only', () => {
    store.sqlite
      .prepare(
        "INSERT INTO access_log (at, action, detail) VALUES ('2026-12-03T12:00:00Z', 'drilldown', '{}')",
      )
      .run();
    expect(() => store.sqlite.prepare('UPDATE access_log SET detail = ?').run('x')).toThrow(
      /append-only/,
    );
    expect(() => store.sqlite.prepare('DELETE FROM access_log').run()).toThrow(/append-only/);
    expect(() =>
      store.sqlite
        .prepare("INSERT INTO access_log (at, action, detail) VALUES ('x', 'other', '{}')")
        .run(),
    ).toThrow(/CHECK/);
  });
});
