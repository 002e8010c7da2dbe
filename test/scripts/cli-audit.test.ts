import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, cliWith } from '../helpers/run-cli.ts';
import { makeTempDir } from '../helpers/temp-database.ts';

/*
 * Issue 12.2: opening a record, a report drill-down, a report export and a subject-access
 * export are audited (who, when, what); an admin reads the audit, filtered (`pristav audit`).
 */
describe('the read audit', () => {
  const temp = makeTempDir();
  const db = join(temp.dir, 'centrum.sqlite');
  const admin = { PRISTAV_USER: 'Petra', PRISTAV_PASSWORD: 'heslo-správce' };
  const worker = { PRISTAV_USER: 'Soňa', PRISTAV_PASSWORD: 'heslo-sociální' };
  let clientId: string;
  afterAll(() => temp.cleanup());

  beforeAll(async () => {
    await cli(
      '--db',
      db,
      'init',
      '--site',
      'Centrum',
      '--town',
      'Liberec',
      '--admin',
      'Petra',
      '--password',
      admin.PRISTAV_PASSWORD,
    );
    await cliWith(
      admin,
      '--db',
      db,
      'user',
      'add',
      '--name',
      'Soňa',
      '--role',
      'social_worker',
      '--password',
      worker.PRISTAV_PASSWORD,
    );
    const added = await cliWith(
      admin,
      '--db',
      db,
      'client',
      'add',
      '--family',
      'Nguyễn',
      '--nationality',
      'VN',
      '--consent',
      '2026-01-05',
    );
    clientId = (JSON.parse(added.stdout) as { id: string }).id;
    await cliWith(
      admin,
      '--db',
      db,
      'service',
      'add',
      '--client',
      clientId,
      '--type',
      'internet',
      '--date',
      '2026-02-01',
    );
    await cliWith(worker, '--db', db, 'call', 'clients.get', JSON.stringify({ id: clientId }));
    await cliWith(
      admin,
      '--db',
      db,
      'call',
      'reports.drilldown',
      JSON.stringify({ from: '2026-01-01', to: '2026-12-31', show: 'clients' }),
    );
    await cliWith(
      admin,
      '--db',
      db,
      'report',
      '--from',
      '2026-01-01',
      '--to',
      '2026-12-31',
      '--format',
      'csv',
      '--out',
      join(temp.dir, 'r.csv'),
    );
  });

  it('lists who opened the record and who drilled into or exported a report', async () => {
    const all = await cliWith(admin, '--db', db, 'audit');
    expect(all.stderr).toBe('');
    const entries = JSON.parse(all.stdout) as {
      action: string;
      userName: string;
      clientId: string | null;
      detail: string;
    }[];
    expect(entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'open', userName: 'Soňa', clientId }),
        expect.objectContaining({ action: 'drilldown', userName: 'Petra', clientId: null }),
        expect.objectContaining({ action: 'report_export', userName: 'Petra' }),
      ]),
    );
    const drilldown = entries.find((entry) => entry.action === 'drilldown')!;
    expect(JSON.parse(drilldown.detail)).toMatchObject({ from: '2026-01-01', show: 'clients' });
    expect(drilldown.detail).not.toContain('Nguyễn');
  });

  it('filters by user, client and days; only an admin reads it', async () => {
    const bySona = JSON.parse(
      (await cliWith(admin, '--db', db, 'audit', '--user', 'Soňa')).stdout,
    ) as { userName: string }[];
    expect(bySona.length).toBeGreaterThan(0);
    expect(new Set(bySona.map((entry) => entry.userName))).toEqual(new Set(['Soňa']));
    const byClient = JSON.parse(
      (await cliWith(admin, '--db', db, 'audit', '--client', clientId)).stdout,
    ) as { clientId: string }[];
    expect(byClient.every((entry) => entry.clientId === clientId)).toBe(true);
    const future = JSON.parse(
      (await cliWith(admin, '--db', db, 'audit', '--from', '2099-01-01')).stdout,
    ) as unknown[];
    expect(future).toEqual([]);
    const refused = await cliWith(worker, '--db', db, 'audit');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('nesmí');
  });
});
