import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackupList, RestoreResult } from '../../../../db/contract/backups.ts';
import type { SyncRunStatus } from '../../../../db/contract/sync.ts';
import { openApp, openStore } from '../../../../db/open-app.ts';
import { takeDailyBackupIfDue } from '../../../../db/security/backups/daily-backup.ts';
import { createSite } from '../../../../db/site/site-queries.ts';
import { createDatabaseAtVersion, migrationNames } from '../../../helpers/old-schema.ts';
import { call, closeSite, createHq, enrolAndJoin, sendFile } from '../../../helpers/sync-sites.ts';
import { makeTempDir } from '../../../helpers/temp-database.ts';

/*
 * When backups are taken by themselves: at the first start of a day, before a schema upgrade,
 * before a sync import (once per call, never for a dry run).
 */

let temp: ReturnType<typeof makeTempDir>;
beforeAll(() => {
  temp = makeTempDir();
});
afterAll(() => temp.cleanup());

const backupsIn = (folder: string, reason?: string) =>
  existsSync(folder)
    ? readdirSync(folder)
        .filter((name) => new RegExp(`-${reason ?? '[a-z]+'}(-\\d+)?\\.sqlite$`).test(name))
        .sort()
    : [];

describe('the daily backup', () => {
  it('is taken once a day, and the folder keeps 7 daily + 4 weekly + 12 monthly', async () => {
    const dir = join(temp.dir, 'daily');
    mkdirSync(dir);
    let now = new Date(2026, 10, 20, 9, 0).getTime();
    const store = await openStore({
      file: join(dir, 'centrum.sqlite'),
      mode: 'create',
      now: () => now,
    });
    expect(await takeDailyBackupIfDue(store)).toBeNull(); // no site yet: nothing to keep
    createSite(store, { name: 'Centrum Liberec', town: 'Liberec', isHq: true, adminName: 'Petra' });
    expect((await takeDailyBackupIfDue(store))?.backup.reason).toBe('daily');
    now += 3 * 60 * 60 * 1000;
    expect(await takeDailyBackupIfDue(store)).toBeNull(); // the same day: not again
    for (let day = 21; day <= 30; day++) {
      now = new Date(2026, 10, day, 9, 0).getTime();
      await takeDailyBackupIfDue(store);
    }
    now = new Date(2026, 11, 1, 9, 0).getTime();
    const last = await takeDailyBackupIfDue(store);
    expect(last?.removed).toEqual(['pristav-centrum-liberec-2026-11-24-090000-daily.sqlite']);
    // Days 25 Nov – 1 Dec; the newest of ISO weeks 48 (the 29th, kept) and 47 (the 22nd);
    // the newest of November (the 30th, kept).
    expect(backupsIn(join(dir, 'backups')).map((name) => name.slice(24, 34))).toEqual([
      '2026-11-22',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
      '2026-11-30',
      '2026-12-01',
    ]);
    store.sqlite.close();
  });
});

describe('the app at start', () => {
  it('takes the day’s backup in the background once, not at every start', async () => {
    const dir = join(temp.dir, 'start');
    mkdirSync(dir);
    const file = join(dir, 'centrum.sqlite');
    const setUp = await openStore({ file, mode: 'create' });
    createSite(setUp, { name: 'Centrum Most', town: 'Most', isHq: true, adminName: 'Petra' });
    setUp.sqlite.close();
    for (let start = 0; start < 2; start++) {
      const app = await openApp({ file, mode: 'open', checkInBackground: true });
      await app.idle();
      app.close();
    }
    expect(backupsIn(join(dir, 'backups'))).toEqual([
      expect.stringMatching(/^pristav-centrum-most-\d{4}-\d\d-\d\d-\d{6}-daily\.sqlite$/),
    ]);
  });
});

describe('before a schema upgrade', () => {
  it('the checked copy beside the file also lands in the backup folder, and restores', async () => {
    const dir = join(temp.dir, 'upgrade');
    mkdirSync(dir);
    const file = join(dir, 'centrum.sqlite');
    const old = migrationNames.length - 1;
    await createDatabaseAtVersion(file, old);
    const app = await openApp({ file, mode: 'open' });
    const [beside] = readdirSync(dir).filter((name) => name.endsWith('.bak'));
    const [copy] = backupsIn(join(dir, 'backups'), 'migration');
    expect(beside).toBeDefined();
    expect(copy).toBeDefined();
    expect(readFileSync(join(dir, beside!)).equals(readFileSync(join(dir, 'backups', copy!)))).toBe(
      true,
    );
    const listed = (await app.api.invoke('backups.list', {}, 'cs')) as {
      ok: true;
      value: BackupList;
    };
    expect(listed.value.backups).toMatchObject([
      { name: copy, reason: 'migration', schemaVersion: old, problem: null },
    ]);

    // Restoring it brings the old schema back, which the reopened app upgrades again.
    const restored = await app.api.invoke(
      'backups.restore',
      { file: join(dir, 'backups', copy!) },
      'cs',
    );
    expect(restored.ok).toBe(true);
    expect(basename((restored as { value: RestoreResult }).value.keptAside!)).toMatch(
      /^centrum\.before-restore-/,
    );
    const info = await app.api.invoke('app.info', {}, 'cs');
    expect(info).toMatchObject({ ok: true, value: { schemaVersion: migrationNames.length } });
    app.close();
  });
});

describe('before a sync import', () => {
  it('one backup per import call and per "Synchronizovat", none for a dry run', async () => {
    const dir = join(temp.dir, 'sync');
    mkdirSync(dir);
    const hq = await createHq(join(dir, 'hq.sqlite'));
    const branch = await enrolAndJoin(hq, join(dir, 'branch.sqlite'), {
      name: 'Jablonec',
      town: 'Jablonec nad Nisou',
    });
    const backups = join(dir, 'backups');
    await call(hq, 'clients.create', {
      familyName: 'Nová',
      nationality: 'VN',
      isConsentPending: true,
    });
    const outbox = join(dir, 'outbox');
    mkdirSync(outbox);
    const first = await sendFile(hq, branch, outbox);
    await call(hq, 'clients.create', {
      familyName: 'Další',
      nationality: 'UA',
      isConsentPending: true,
    });
    const second = await sendFile(hq, branch, outbox);
    const files = [first, second].map((written) => ({
      name: basename(written.path),
      contentBase64: readFileSync(written.path).toString('base64'),
    }));
    const before = backupsIn(backups, 'sync').length;

    await call(branch, 'sync.import', { files, isDryRun: true });
    expect(backupsIn(backups, 'sync')).toHaveLength(before);
    await call(branch, 'sync.import', { files });
    expect(backupsIn(backups, 'sync')).toHaveLength(before + 1);

    const shared = join(dir, 'shared');
    mkdirSync(shared);
    await call(branch, 'sync.setFolder', { folder: shared });
    await call(hq, 'clients.create', {
      familyName: 'Třetí',
      nationality: 'MN',
      isConsentPending: true,
    });
    await sendFile(hq, branch, shared);
    const beforeRun = backupsIn(backups, 'sync');
    const { jobId } = await call(branch, 'sync.run', {});
    let status: SyncRunStatus;
    do {
      await new Promise((resolve) => setTimeout(resolve, 20));
      status = await call(branch, 'sync.runStatus', { jobId });
    } while (status.state === 'running');
    expect(status).toMatchObject({ state: 'done', imported: [{ operations: expect.any(Number) }] });
    // One more backup; the retention rule then keeps the newest of the day.
    const taken = backupsIn(backups, 'sync').filter((name) => !beforeRun.includes(name));
    expect(taken).toHaveLength(1);
    expect(taken[0]).toMatch(/^pristav-jablonec-/);
    closeSite(hq);
    closeSite(branch);
  });
});
