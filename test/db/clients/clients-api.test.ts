import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../../db/api.ts';
import type { Store } from '../../../db/store.ts';
import { generateClient } from '../../../db/demo/client-generator.ts';
import { createRandom } from '../../../db/demo/random.ts';
import { createOpsTextView, rowKeySql } from '../../helpers/change-log.ts';
import { openTempStore } from '../../helpers/temp-database.ts';
import { apiCalls } from '../../helpers/temp-api.ts';

let temp: Awaited<ReturnType<typeof openTempStore>>;
let api: Api;
let store: Store;

const { ok } = apiCalls(() => api);

const opsCount = () =>
  (store.sqlite.prepare('SELECT count(*) AS n FROM ops').get() as { n: number }).n;
const base = { nationality: 'VN', consentDate: '2026-11-01', consentVersion: '2026-11' };

beforeAll(async () => {
  temp = await openTempStore();
  store = temp.store;
  api = createApi(store);
  // A register of a few thousand generated clients, written through the real API.
  const random = createRandom(2010);
  for (let i = 0; i < 3000; i++) await ok('clients.create', generateClient(random));
});
afterAll(() => temp.close());

describe('registering clients', () => {
  it('registers a client and refuses bad input with the field named, writing nothing', async () => {
    const before = opsCount();
    const empty = await api.invoke('clients.create', { ...base, familyName: '  ' }, 'cs');
    expect(empty).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'Neplatné údaje: Příjmení: povinný údaj' },
    });
    const badCountry = await api.invoke(
      'clients.create',
      { ...base, familyName: 'X', nationality: 'XX' },
      'cs',
    );
    expect(badCountry).toMatchObject({
      error: { message: 'Neplatné údaje: Státní příslušnost: neznámá země' },
    });
    const badDate = await api.invoke(
      'clients.create',
      { ...base, familyName: 'X', birthDate: '1990-02-30' },
      'cs',
    );
    expect(badDate).toMatchObject({
      error: { message: expect.stringContaining('Datum narození: neplatné datum narození') },
    });
    const noConsent = await api.invoke(
      'clients.create',
      { familyName: 'X', nationality: 'VN' },
      'cs',
    );
    expect(noConsent).toMatchObject({
      error: { message: expect.stringContaining('Datum souhlasu') },
    });
    expect(opsCount()).toBe(before);

    const client = await ok('clients.create', {
      ...base,
      familyName: 'Nguyễn',
      givenNames: 'Văn An',
      birthDate: '1990-05-12',
      phone: '+420 777 123 456',
      languages: ['vi', 'cs'],
    });
    expect(client).toMatchObject({
      familyName: 'Nguyễn',
      languages: ['vi', 'cs'],
      registeringSiteId: expect.any(String),
    });
  });

  it('accepts a pseudonymous client with nickname, nationality and birth year', async () => {
    const client = await ok('clients.create', {
      isPseudonymous: true,
      nickname: 'Bao',
      nationality: 'VN',
      birthDate: '1975',
      isConsentPending: true,
    });
    expect(client).toMatchObject({ isPseudonymous: true, nickname: 'Bao', isConsentPending: true });
    const missing = await api.invoke(
      'clients.create',
      { isPseudonymous: true, nationality: 'VN', isConsentPending: true },
      'cs',
    );
    expect(missing.ok ? '' : missing.error.message).toMatch(
      /Přezdívka: povinný údaj.*Datum narození: povinný údaj/,
    );
  });

  it('notes that an EU citizen is not a third-country national', async () => {
    const client = await ok('clients.create', {
      ...base,
      familyName: 'Kowalski',
      nationality: 'PL',
    });
    const detail = await ok('clients.get', { id: client.id });
    expect(detail.isThirdCountryNational).toBe(false);
  });
});

describe('searching', () => {
  it('finds names without diacritics, by prefix, in any order', async () => {
    const byFolded = await ok('clients.search', { text: 'nguyen van an' });
    expect(byFolded[0]?.displayName).toBe('Nguyễn Văn An');
    const byPrefix = await ok('clients.search', { text: 'an nguy' });
    expect(byPrefix.map((c) => c.displayName)).toContain('Nguyễn Văn An');
    expect(
      byPrefix.every((c) => /nguy/i.test(c.displayName.normalize('NFD').replace(/\p{M}/gu, ''))),
    ).toBe(true);
  });

  it('finds by transliteration, other spellings, birth year and phone', async () => {
    await ok('clients.create', {
      ...base,
      nationality: 'UA',
      familyName: 'Petráček',
      givenNames: 'Taras',
      otherSpellings: 'Петрачек',
      birthDate: '1984-02-03',
      phone: '604 555 111',
    });
    expect((await ok('clients.search', { text: 'petracek' }))[0]?.displayName).toBe(
      'Petráček Taras',
    );
    expect((await ok('clients.search', { text: 'Петрачек' }))[0]?.displayName).toBe(
      'Petráček Taras',
    );
    const shevchenko = await ok('clients.search', { text: 'shevchenko' });
    expect(shevchenko.length).toBeGreaterThan(0);
    expect(shevchenko.every((c) => c.displayName.startsWith('Ševčenk'))).toBe(true);
    expect((await ok('clients.search', { text: 'petracek 1984' })).length).toBe(1);
    expect((await ok('clients.search', { text: '604555111' }))[0]?.displayName).toBe(
      'Petráček Taras',
    );
    expect(await ok('clients.search', { text: '  ' })).toEqual([]);
    expect(await ok('clients.search', { text: 'zzzzqqq' })).toEqual([]);
  });
});

describe('the list', () => {
  it('sorts in Czech order and filters', async () => {
    const page = await ok('clients.list', {
      limit: 1000,
    });
    expect(page.total).toBeGreaterThan(3000);
    const names = page.rows.map((r) => r.displayName);
    const collator = new Intl.Collator('cs');
    // The key agrees with the collator on these names, up to ties between equal primary forms.
    for (let i = 1; i < names.length; i++) {
      const [a, b] = [names[i - 1]!, names[i]!];
      if (collator.compare(a, b) > 0)
        expect(
          collator.compare(
            a.normalize('NFD').replace(/\p{M}/gu, ''),
            b.normalize('NFD').replace(/\p{M}/gu, ''),
          ),
        ).toBeLessThanOrEqual(0);
    }
    const mongolians = await ok('clients.list', {
      nationality: 'MN',
      limit: 50,
    });
    expect(mongolians.total).toBeGreaterThan(500);
    expect(mongolians.rows.every((r) => r.nationality === 'MN')).toBe(true);
    const second = await ok('clients.list', {
      nationality: 'MN',
      limit: 50,
      offset: 50,
    });
    expect(second.rows[0]?.id).not.toBe(mongolians.rows[0]?.id);
    const pending = await ok('clients.list', {
      isConsentPending: true,
    });
    expect(pending.rows.map((r) => r.displayName)).toEqual(['Bao']);
  });
});

describe('duplicates and merging', () => {
  it('warns of likely matches before saving, and finds pairs register-wide', async () => {
    const candidates = await ok('clients.duplicatesFor', {
      familyName: 'Nguyen',
      givenNames: 'Van An',
      birthDate: '1990-05-12',
      nationality: 'VN',
    });
    expect(candidates[0]).toMatchObject({ client: { displayName: 'Nguyễn Văn An' }, score: 100 });
    await ok('clients.create', {
      ...base,
      familyName: 'Shevchenko',
      givenNames: 'Mykola',
      nationality: 'UA',
      birthDate: '1970-01-01',
    });
    await ok('clients.create', {
      ...base,
      familyName: 'Ševčenko',
      givenNames: 'Mykola',
      nationality: 'UA',
      birthDate: '1970-01-01',
    });
    const pairs = await ok('clients.duplicates', { minScore: 90 });
    const pair = pairs.find(
      (p) => p.a.displayName.includes('Mykola') && p.b.displayName.includes('Mykola'),
    );
    expect(pair).toMatchObject({ score: 100 });
  });

  it('merges two records into one, keeps history of both, and unmerges', async () => {
    const [original] = await ok('clients.search', {
      text: 'nguyen van an 19900512',
    });
    const copy = await ok('clients.create', {
      ...base,
      familyName: 'Nguyen',
      givenNames: 'Van An',
      birthDate: '1990-05-12',
    });
    expect((await ok('clients.search', { text: 'nguyen van an 19900512' })).length).toBe(2);
    const survivor = await ok('clients.merge', {
      survivorId: original!.id,
      mergedId: copy.id,
    });
    expect(survivor.id).toBe(original!.id);
    expect(
      (await ok('clients.search', { text: 'nguyen van an 19900512' })).map((c) => c.id),
    ).toEqual([original!.id]);
    const viaMerged = await ok('clients.get', { id: copy.id });
    expect(viaMerged).toMatchObject({
      client: { id: original!.id },
      requestedId: copy.id,
      mergedRecords: [{ id: copy.id }],
    });
    const again = await api.invoke(
      'clients.merge',
      { survivorId: original!.id, mergedId: copy.id },
      'cs',
    );
    expect(again).toMatchObject({ ok: false, error: { code: 'ALREADY_MERGED' } });
    const history = await ok('clients.history', {
      id: original!.id,
    });
    expect(history.map((h) => h.field)).toEqual(
      expect.arrayContaining(['familyName', 'mergedInto']),
    );
    expect(history[0]?.userName).toBe('Petra');
    await ok('clients.unmerge', { id: copy.id });
    expect((await ok('clients.search', { text: 'nguyen van an 19900512' })).length).toBe(2);
  });
});

describe('integrity', () => {
  it('updates only through the write path, checking the record as it will be', async () => {
    const client = await ok('clients.create', {
      ...base,
      familyName: 'Dvořák',
      givenNames: 'Jan',
    });
    const bad = await api.invoke(
      'clients.update',
      { id: client.id, changes: { familyName: '' } },
      'cs',
    );
    expect(bad).toMatchObject({
      ok: false,
      error: { message: 'Neplatné údaje: Příjmení: povinný údaj' },
    });
    const updated = await ok('clients.update', {
      id: client.id,
      changes: { phone: '777 000 111', town: 'Turnov' },
    });
    expect(updated).toMatchObject({ familyName: 'Dvořák', phone: '777 000 111', town: 'Turnov' });
    const missing = await api.invoke(
      'clients.update',
      { id: 'nope', changes: { town: 'X' } },
      'cs',
    );
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('holds in the change log the latest value of every field of every client', () => {
    createOpsTextView(store);
    const columns = (
      store.sqlite
        // Every column but the id and this database's own number for the client, which never travels.
        .prepare(
          "SELECT name FROM pragma_table_info('clients') WHERE name NOT IN ('id', 'local_number')",
        )
        .all() as { name: string }[]
    ).map((c) => c.name);
    for (const column of columns) {
      const wrong = store.sqlite
        .prepare(
          `SELECT c.id FROM clients c WHERE c.${column} IS NOT (
             SELECT o.value FROM ops_text o WHERE o.table_name = 'clients' AND o.row = ${rowKeySql('c.id')} AND o.column_name = ?
             ORDER BY o.hlc DESC LIMIT 1)
           AND EXISTS (SELECT 1 FROM ops_text o WHERE o.table_name = 'clients' AND o.row = ${rowKeySql('c.id')} AND o.column_name = ?)`,
        )
        .all(column, column) as { id: string }[];
      expect(wrong.length, column).toBe(0);
      // A field no operation set holds the column's default, as at every other office.
      const [{ dflt_value: fallback }] = store.sqlite
        .prepare("SELECT dflt_value FROM pragma_table_info('clients') WHERE name = ?")
        .all(column) as [{ dflt_value: string | null }];
      const unset = store.sqlite
        .prepare(
          `SELECT count(*) AS n FROM clients c WHERE c.${column} IS NOT ${fallback ?? 'NULL'}
           AND NOT EXISTS (SELECT 1 FROM ops_text o WHERE o.table_name = 'clients' AND o.row = ${rowKeySql('c.id')} AND o.column_name = ?)`,
        )
        .get(column) as { n: number };
      expect(unset.n, column).toBe(0);
    }
  });

  it('logs creating, changing, merging and opening in an append-only audit log', () => {
    const actions = store.sqlite
      .prepare('SELECT DISTINCT action FROM audit_log ORDER BY action')
      .all();
    expect(actions).toEqual([
      { action: 'create' },
      { action: 'merge' },
      { action: 'open' },
      { action: 'unmerge' },
      { action: 'update' },
    ]);
    expect(() => store.sqlite.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(() => store.sqlite.prepare("UPDATE audit_log SET action = 'open'").run()).toThrow(
      /append-only/,
    );
  });
});
