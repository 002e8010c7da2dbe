import { join } from 'node:path';
import anyAscii from 'any-ascii';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../../db/api.ts';
import type { ClientSummary } from '../../../db/contract/clients.ts';
import { phoneticToken } from '../../../db/text/name-keys.ts';
import { migrateToLatest } from '../../../db/connection/migrate.ts';
import { configureDatabase, openCheckedDatabase } from '../../../db/connection/open-database.ts';
import { registerSqlFunctions } from '../../../db/connection/sql-functions.ts';
import { createStore, type Store } from '../../../db/store.ts';
import { createDatabaseAtVersion, migrationNames } from '../../helpers/old-schema.ts';
import { makeTempDir } from '../../helpers/temp-database.ts';

/**
 * Migration 2026_12_04_1000_search_romanisations on a file whose index and keys were written
 * with the earlier folding (anyAscii: Наталья → "natal ya"): afterwards every client is in the
 * index with every romanisation, the keys are today's, and no client row changed.
 */

// The folding before this migration, as it wrote the index and the keys.
const oldFold = (text: string) =>
  anyAscii(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const oldDupKey = (text: string) =>
  [...new Set(oldFold(text).split(' ').filter(Boolean).map(phoneticToken))].sort().join(' ');

describe('the search romanisations migration', () => {
  const temp = makeTempDir();
  const file = join(temp.dir, 'old.sqlite');
  let store: Store;
  let clientsBefore: unknown[];
  let keysBefore: unknown[];

  const search = async (text: string) => {
    const result = await createApi(store).invoke('clients.search', { text }, 'cs');
    if (!result.ok) throw new Error(result.error.message);
    return (result.value as ClientSummary[]).map((client) => client.displayName);
  };

  beforeAll(async () => {
    const version = migrationNames.indexOf('2026_12_04_1000_search_romanisations');
    await createDatabaseAtVersion(file, version);
    const sqlite = openCheckedDatabase({ file, mode: 'open' });
    registerSqlFunctions(sqlite);
    configureDatabase(sqlite);
    sqlite.function('pristav_fold', { deterministic: true }, (text) => oldFold(String(text)));
    sqlite.function('pristav_phonetic', { deterministic: true }, (text) =>
      oldFold(String(text)).split(' ').map(phoneticToken).join(' '),
    );
    sqlite.function('pristav_dup_key', { deterministic: true }, (text) => oldDupKey(String(text)));
    store = createStore(sqlite, file, () => Date.UTC(2026, 11, 4, 9));
    const api = createApi(store);
    for (const [familyName, givenNames] of [
      ['Иванова', 'Наталья'],
      ['Петрова', 'Елена'],
      ['Шевчук', 'Сергій'],
    ]) {
      const result = await api.invoke(
        'clients.create',
        { familyName, givenNames, nationality: 'RU', consentDate: '2026-11-01' },
        'cs',
      );
      if (!result.ok) throw new Error(result.error.message);
    }
    clientsBefore = sqlite.prepare('SELECT rowid, * FROM clients ORDER BY rowid').all();
    keysBefore = sqlite.prepare('SELECT * FROM client_keys ORDER BY client_rowid').all();
    // Before: the old index knows Наталья only as "natal ya" and Елена only as "elena".
    expect(await search('natalja')).toEqual([]);
    expect(await search('jelena')).toEqual([]);
    sqlite.close();

    const reopened = openCheckedDatabase({ file, mode: 'open' });
    registerSqlFunctions(reopened);
    configureDatabase(reopened);
    store = createStore(reopened, file, () => Date.UTC(2026, 11, 4, 9));
    await migrateToLatest(store);
  });
  afterAll(() => {
    store.sqlite.close();
    temp.cleanup();
  });

  it('leaves every client row as it was', () => {
    // A later migration names the rowid local_number (client_local_numbers): the same number.
    const clients = store.sqlite
      .prepare('SELECT rowid, * FROM clients ORDER BY rowid')
      .all() as Record<string, unknown>[];
    expect(clients.map(({ local_number: rowid, ...row }) => ({ rowid, ...row }))).toEqual(
      clientsBefore,
    );
  });

  it('finds existing clients by each romanisation', async () => {
    for (const text of ['natalja', 'natalya', 'natalia']) {
      expect(await search(text)).toEqual(['Иванова Наталья']);
    }
    for (const text of ['jelena', 'yelena', 'elena']) {
      expect(await search(text)).toEqual(['Петрова Елена']);
    }
    for (const text of ['serhij', 'serhii', 'sergij']) {
      expect(await search(text)).toEqual(['Шевчук Сергій']);
    }
    expect(await search('nguyen')).toEqual(['Nguyễn']);
  });

  it('rebuilds the duplicate keys with today’s folding, keeping the sort keys', () => {
    const keys = store.sqlite.prepare('SELECT * FROM client_keys ORDER BY client_rowid').all() as {
      sort_key: string;
      dup_key: string;
    }[];
    const old = keysBefore as { sort_key: string; dup_key: string }[];
    expect(keys.map((key) => key.sort_key)).toEqual(old.map((key) => key.sort_key));
    const expected = store.sqlite
      .prepare(
        `SELECT pristav_dup_key(family_name || ' ' || given_names || ' ' || nickname)
         FROM clients ORDER BY rowid`,
      )
      .pluck()
      .all();
    expect(keys.map((key) => key.dup_key)).toEqual(expected);
    expect(keys.map((key) => key.dup_key)).toContain('ivanova natalia');
    expect(old.map((key) => key.dup_key)).not.toContain('ivanova natalia');
  });

  it('keeps the index right for clients written after it', async () => {
    const api = createApi(store);
    const result = await api.invoke(
      'clients.create',
      { familyName: 'Смирнов', givenNames: 'Сергей', nationality: 'RU', consentDate: '2026-11-01' },
      'cs',
    );
    expect(result.ok).toBe(true);
    expect(await search('sergej smirnov')).toEqual(['Смирнов Сергей']);
    expect(await search('sergey')).toEqual(['Смирнов Сергей']);
  });
});
