import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApi } from '../../../db/api.ts';
import { migrateToLatest } from '../../../db/connection/migrate.ts';
import { configureDatabase, openCheckedDatabase } from '../../../db/connection/open-database.ts';
import { registerSqlFunctions } from '../../../db/connection/sql-functions.ts';
import { createStore } from '../../../db/store.ts';
import { createDatabaseAtVersion, migrationNames } from '../../helpers/old-schema.ts';
import { makeTempDir } from '../../helpers/temp-database.ts';

/**
 * Migration 2026_12_04_0100_partners_events on a file of the release before it: the acts it held
 * keep every value and gain no referral and no event; the new tables start empty; and the file
 * then takes a referral and an event as a new one would.
 */
describe('the partners and events migration', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());

  it('keeps every act as it was and opens the register of partners and events', async () => {
    const file = join(temp.dir, 'old.sqlite');
    const version = migrationNames.indexOf('2026_12_04_0100_partners_events');
    const contents = await createDatabaseAtVersion(file, version);
    const sqlite = openCheckedDatabase({ file, mode: 'open' });
    try {
      registerSqlFunctions(sqlite);
      configureDatabase(sqlite);
      const actsBefore = sqlite.prepare('SELECT * FROM service_acts ORDER BY id').all();
      expect(actsBefore.length).toBe(contents.rows.service_acts);
      expect(actsBefore.length).toBeGreaterThan(0);

      const store = createStore(sqlite, file, () => Date.UTC(2026, 11, 4, 9));
      await migrateToLatest(store);

      const actsAfter = sqlite.prepare('SELECT * FROM service_acts ORDER BY id').all() as Record<
        string,
        unknown
      >[];
      expect(actsAfter.map(({ partner_id: _p, event_id: _e, ...rest }) => rest)).toEqual(
        actsBefore,
      );
      expect(actsAfter.every((act) => act.partner_id === null && act.event_id === null)).toBe(true);
      for (const table of ['partners', 'events']) {
        expect(sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0);
      }

      const api = createApi(store);
      const partner = await api.invoke(
        'partners.create',
        { organisationName: 'Úřad práce Liberec', partnerKind: 'labour_office', town: 'Liberec' },
        'cs',
      );
      expect(partner.ok ? 'ok' : partner.error.message).toBe('ok');
      expect(sqlite.prepare('SELECT name FROM partners').pluck().all()).toEqual([
        'Úřad práce Liberec',
      ]);
    } finally {
      sqlite.close();
    }
  });
});
