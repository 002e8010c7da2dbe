import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../../db/connection/migrate.ts';
import { configureDatabase, openCheckedDatabase } from '../../../db/connection/open-database.ts';
import { registerSqlFunctions } from '../../../db/connection/sql-functions.ts';
import { createStore, type Store } from '../../../db/store.ts';
import { createDatabaseAtVersion, migrationNames } from '../../helpers/old-schema.ts';
import { makeTempDir } from '../../helpers/temp-database.ts';

/**
 * Migration 2026_12_03_1200_gdpr_retention on a file with clients and their audit trail: the
 * audit rows come back the same (ids too), still append-only, and take the new actions; the
 * clients gain an empty anonymised_on.
 */
describe('the GDPR retention migration', () => {
  const temp = makeTempDir();
  let store: Store;
  let auditBefore: unknown[];
  let clientsBefore: unknown[];

  beforeAll(async () => {
    const file = join(temp.dir, 'old.sqlite');
    const version = migrationNames.indexOf('2026_12_03_1200_gdpr_retention');
    await createDatabaseAtVersion(file, version);
    const sqlite = openCheckedDatabase({ file, mode: 'open' });
    registerSqlFunctions(sqlite);
    configureDatabase(sqlite);
    store = createStore(sqlite, file, () => Date.UTC(2026, 11, 3, 12));
    auditBefore = sqlite.prepare('SELECT * FROM audit_log ORDER BY id').all();
    clientsBefore = sqlite.prepare('SELECT * FROM clients ORDER BY id').all();
    await migrateToLatest(store);
  });
  afterAll(() => {
    store.sqlite.close();
    temp.cleanup();
  });

  it('keeps every audit row and every client', () => {
    expect(auditBefore.length).toBeGreaterThan(0);
    expect(store.sqlite.prepare('SELECT * FROM audit_log ORDER BY id').all()).toEqual(auditBefore);
    // A later migration numbers the clients (local_number): not this one's concern.
    const clients = (
      store.sqlite.prepare('SELECT * FROM clients ORDER BY id').all() as Record<string, unknown>[]
    ).map(({ local_number: _number, ...row }) => row);
    expect(clients).toEqual(
      clientsBefore.map((row) => ({ ...(row as object), anonymised_on: null })),
    );
  });

  it('accepts the export and anonymise actions, and still refuses changes to the log', () => {
    const insert = store.sqlite.prepare(
      "INSERT INTO audit_log (at, action, client_id) VALUES ('2026-12-03T12:00:00Z', ?, 'c')",
    );
    insert.run('export');
    insert.run('anonymise');
    expect(() => insert.run('read')).toThrow(/CHECK/);
    expect(() => store.sqlite.exec("UPDATE audit_log SET action = 'open'")).toThrow(/append-only/);
    expect(() => store.sqlite.exec('DELETE FROM audit_log')).toThrow(/append-only/);
    const indexes = store.sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'audit_log'")
      .pluck()
      .all();
    expect(indexes).toContain('audit_log_by_client');
  });
});
