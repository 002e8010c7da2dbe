import { join } from 'node:path';
import { Migrator } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../../db/api.ts';
import { migrateToLatest } from '../../../db/connection/migrate.ts';
import { configureDatabase, openCheckedDatabase } from '../../../db/connection/open-database.ts';
import { registerSqlFunctions } from '../../../db/connection/sql-functions.ts';
import { migrations } from '../../../db/migrations/index.ts';
import { buildPeriodReport } from '../../../db/reports/period-report.ts';
import { refreshReportSummaries } from '../../../db/summaries/refresh-summaries.ts';
import { createSite } from '../../../db/site/site-queries.ts';
import { createStore, type Store } from '../../../db/store.ts';
import { captureCompactWrites, writeCapturedAsOldLog } from '../../helpers/old-schema.ts';
import { makeTempDir } from '../../helpers/temp-database.ts';

const before = '2026_11_24_1200_report_indexes';

/**
 * Migration 2026_11_24_1300_report_summaries on a register written before it: every client is
 * noted for recounting, and the first report counts them all.
 */
describe('the report summaries migration', () => {
  const temp = makeTempDir();
  let store: Store;
  beforeAll(async () => {
    const sqlite = openCheckedDatabase({ file: join(temp.dir, 'old.sqlite'), mode: 'create' });
    registerSqlFunctions(sqlite);
    configureDatabase(sqlite);
    store = createStore(sqlite, join(temp.dir, 'old.sqlite'), () => Date.UTC(2026, 10, 24, 10));
    const older = Object.fromEntries(Object.entries(migrations).filter(([name]) => name <= before));
    const migrated = await new Migrator({
      db: store.db,
      provider: { getMigrations: async () => older },
    }).migrateToLatest();
    expect(migrated.error).toBeUndefined();
    // Today's write path writes the compact change log; this file still has the text one.
    captureCompactWrites(sqlite);
    createSite(store, { name: 'Centrum Liberec', town: 'Liberec', isHq: true, adminName: 'Petra' });
    const api = createApi(store);
    for (const [familyName, nationality, date] of [
      ['Nguyễn', 'VN', '2025-03-04'],
      ['Ševčenko', 'UA', '2025-03-31'],
      ['Batbayar', 'MN', '2025-04-01'],
    ] as const) {
      const client = await api.invoke(
        'clients.create',
        { familyName, nationality, consentDate: '2025-01-01' },
        'cs',
      );
      if (!client.ok) throw new Error(client.error.message);
      const { id } = client.value as { id: string };
      const act = await api.invoke(
        'acts.record',
        { clientId: id, type: 'social_legal_counselling', date, town: 'Liberec' },
        'cs',
      );
      expect(act.ok).toBe(true);
    }
    expect(
      store.sqlite
        .prepare("SELECT count(*) FROM sqlite_master WHERE name = 'report_dirty'")
        .pluck()
        .get(),
    ).toBe(0);
    writeCapturedAsOldLog(sqlite);
    await migrateToLatest(store);
  });
  afterAll(() => {
    store.sqlite.close();
    temp.cleanup();
  });

  it('notes every client for recounting, and the first report counts them all', () => {
    expect(store.sqlite.prepare('SELECT count(*) FROM report_dirty').pluck().get()).toBe(3);
    const march = { from: '2025-03-01', to: '2025-03-31' };
    expect(buildPeriodReport(store, march).clients).toBe(2);
    expect(store.sqlite.prepare('SELECT count(*) FROM report_dirty').pluck().get()).toBe(0);
    expect(refreshReportSummaries(store)).toBe(0);
    for (const period of [march, { from: '2025-01-01', to: '2025-12-31' }]) {
      expect(buildPeriodReport(store, period)).toEqual(
        buildPeriodReport(store, period, { fromActs: true }),
      );
    }
  });
});
