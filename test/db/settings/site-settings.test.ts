import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../../db/api.ts';
import { demoFundingLine } from '../../../db/settings/settings-queries.ts';
import { openTempStore } from '../../helpers/temp-database.ts';
import {
  call,
  closeSite,
  createHqAndBranch,
  makeSyncTempDir,
  receiveFile,
  sendFile,
  type Site as Office,
} from '../../helpers/sync-sites.ts';
import { apiCalls } from '../../helpers/temp-api.ts';

/**
 * Issue 13.10 and 13.12 over real databases: a new centre's funding line is empty (the 2010
 * demo sets its own); Settings renames the site and its town (HQ's registry: a branch is
 * refused), shows where the database and its backups are, keeps the loan period the library
 * lends and renews for, and the opening hours.
 */
let temp: Awaited<ReturnType<typeof openTempStore>>;
let api: Api;

const { ok, fail: refused } = apiCalls(() => api);

beforeAll(async () => {
  temp = await openTempStore({ now: () => Date.UTC(2026, 10, 20, 10) });
  api = createApi(temp.store);
});
afterAll(() => temp.close());

describe('a new centre', () => {
  it('starts with an empty funding line, and the 2010 demo brings its own', async () => {
    expect((await ok('settings.get', {})).fundingLine).toBe('');
    const demo = await openTempStore({ withSite: false });
    try {
      const demoApi = createApi(demo.store);
      const filled = await demoApi.invoke('demo.fill', { kind: 'release-2010' }, 'cs');
      expect(filled.ok).toBe(true);
      const settings = await demoApi.invoke('settings.get', {}, 'cs');
      expect(settings).toMatchObject({ ok: true, value: { fundingLine: demoFundingLine } });
    } finally {
      demo.close();
    }
  });

  it('opens Monday to Friday 9–17 and lends for 30 days until told otherwise', async () => {
    const settings = await ok('settings.get', {});
    expect(settings.loanDays).toBe(30);
    expect(settings.openingHours).toEqual([
      ...Array.from({ length: 5 }, () => ({ opens: '09:00', closes: '17:00' })),
      null,
      null,
    ]);
  });
});

describe('the loan period', () => {
  it('sets when a new loan is due and how far a renewal moves it', async () => {
    await ok('settings.set', { loanDays: 14 });
    const client = await ok('clients.create', {
      familyName: 'Kovalenko',
      nationality: 'UA',
      consentDate: '2026-01-05',
    });
    const book = await ok('books.create', { title: 'Кобзар', language: 'uk', copies: 1 });
    const loan = await ok('loans.lend', {
      bookId: book.id,
      clientId: client.id,
      date: '2026-11-20',
    });
    expect(loan.dueOn).toBe('2026-12-04');
    const renewed = await ok('loans.renew', { loanId: loan.id });
    expect(renewed.dueOn).toBe('2026-12-18');
    const longer = await ok('loans.renew', { loanId: loan.id, days: 7 });
    expect(longer.dueOn).toBe('2026-12-25');
  });

  it('refuses a period out of range, naming the field', async () => {
    expect((await refused('settings.set', { loanDays: 0 })).message).toBe(
      'Neplatné údaje: Výpůjční lhůta (dny): zadejte celé číslo od 1 do 90',
    );
  });
});

describe('opening hours', () => {
  const week = [
    { opens: '08:30', closes: '16:00' },
    { opens: '08:30', closes: '18:00' },
    null,
    { opens: '08:30', closes: '16:00' },
    { opens: '08:30', closes: '12:00' },
    null,
    null,
  ];

  it('are saved for the organisation and read back as they were', async () => {
    const saved = await ok('settings.set', { openingHours: week });
    expect(saved.openingHours).toEqual(week);
    expect((await ok('settings.get', {})).openingHours).toEqual(week);
  });

  it('refuse a day that closes before it opens, or a time that is not HH:MM', async () => {
    const backwards = week.map((day, index) =>
      index === 0 ? { opens: '17:00', closes: '09:00' } : day,
    );
    expect((await refused('settings.set', { openingHours: backwards })).message).toBe(
      'Neplatné údaje: Otevírací doba: do: konec musí být po začátku',
    );
    const badTime = week.map((day, index) => (index === 1 ? { opens: '8', closes: '16:00' } : day));
    expect((await refused('settings.set', { openingHours: badTime }, 'en')).message).toBe(
      'Invalid input: Opening hours: from: time as HH:MM',
    );
    expect((await ok('settings.get', {})).openingHours).toEqual(week);
  });
});

describe('where the data lives', () => {
  it('names the database file and the backup folder beside it', async () => {
    const storage = await ok('settings.storage', {});
    expect(storage).toEqual({
      databaseFile: temp.file,
      backupFolder: join(temp.dir, 'backups'),
      isDefaultBackupFolder: true,
      isEncrypted: false,
    });
  });
});

describe('renaming the site', () => {
  it('renames this centre and its town', async () => {
    const site = await ok('site.update', {
      name: 'Centrum Jablonec',
      town: 'Jablonec nad Nisou',
    });
    expect(site).toMatchObject({ name: 'Centrum Jablonec', town: 'Jablonec nad Nisou' });
    const info = await ok('app.info', {});
    expect(info.site).toMatchObject({ name: 'Centrum Jablonec', town: 'Jablonec nad Nisou' });
    expect((await refused('site.update', { name: '  ' })).message).toBe(
      'Neplatné údaje: Název pracoviště: povinný údaj',
    );
  });

  describe('in an organisation', () => {
    const folder = makeSyncTempDir();
    let hq: Office;
    let branch: Office;
    beforeAll(async () => {
      ({ hq, branch } = await createHqAndBranch(folder.dir));
    });
    afterAll(() => {
      closeSite(hq);
      closeSite(branch);
      folder.cleanup();
    });

    it('is refused at a branch, naming headquarters, and changes nothing', async () => {
      const result = await branch.api.invoke('site.update', { name: 'Turnov' }, 'cs');
      expect(result).toMatchObject({
        ok: false,
        error: {
          code: 'SITE_RENAME_AT_BRANCH',
          message: expect.stringContaining('ústředí (Centrála Liberec)'),
        },
      });
      expect(await call(branch, 'app.info', {})).toMatchObject({
        site: { name: 'Pobočka Turnov' },
      });
    });

    it('is done by headquarters for a branch, and reaches the branch', async () => {
      await call(hq, 'site.update', { siteId: branch.id, name: 'Pobočka Turnov – Palackého' });
      const written = await sendFile(hq, branch, folder.dir);
      await receiveFile(branch, written.path);
      expect(await call(branch, 'app.info', {})).toMatchObject({
        site: { name: 'Pobočka Turnov – Palackého', town: 'Turnov' },
      });
    });
  });
});
