import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../../db/api.ts';
import type { Client } from '../../../db/contract/clients.ts';
import { cli } from '../../helpers/run-cli.ts';
import { makeTempDir, openTempStore } from '../../helpers/temp-database.ts';
import { csv, file, runImport } from '../import/import-helpers.ts';
import { apiCalls } from '../../helpers/temp-api.ts';

/**
 * Issue 13.2: a registered client's library visit without a loan (reading room, newspapers) is
 * an act, and the same rule holds for the API, `service add` and the legacy import; the report
 * counts such visits and loans together as the library.
 */
let temp: Awaited<ReturnType<typeof openTempStore>>;
let api: Api;
let client: Client;

const { ok } = apiCalls(() => api);

beforeAll(async () => {
  temp = await openTempStore({ now: () => Date.UTC(2026, 10, 20, 10) });
  api = createApi(temp.store);
  client = await ok('clients.create', {
    familyName: 'Kovalenko',
    givenNames: 'Olena',
    nationality: 'UA',
    consentDate: '2026-01-05',
  });
});
afterAll(() => temp.close());

describe('a library visit without a loan', () => {
  it('is recorded as an act through the API', async () => {
    const act = await ok('acts.record', {
      clientId: client.id,
      type: 'library',
      date: '2026-11-02',
      note: 'čítárna',
    });
    expect(act).toMatchObject({ type: 'library', date: '2026-11-02', town: 'Liberec' });
  });

  it('is counted with the loans as the library in the report', async () => {
    const book = await ok('books.create', {
      title: 'Кобзар',
      author: 'Тарас Шевченко',
      language: 'uk',
      copies: 1,
    });
    await ok('loans.lend', { bookId: book.id, clientId: client.id, date: '2026-11-03' });
    const report = await ok('reports.period', {
      from: '2026-11-01',
      to: '2026-11-30',
    });
    expect(report.byServiceType).toContainEqual({ type: 'library', clients: 1, acts: 2 });
    expect(report.acts).toBe(2);
  });

  it('is still refused for course types, which come from attendance', async () => {
    const result = await api.invoke(
      'acts.record',
      { clientId: client.id, type: 'czech_course' },
      'en',
    );
    expect(result).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('course acts come from attendance') },
    });
  });

  it('is accepted by the legacy import as before', async () => {
    const status = await runImport(api, {
      source: 'Liberec 2009',
      files: [
        file(
          'clients.csv',
          csv(
            'ref,family_name,given_names,nationality,consent_date',
            'K1,Batbayar,Sarnai,MN,2009-01-05',
          ),
        ),
        file('services.csv', csv('client_ref,date,type,town', 'K1,2009-03-04,library,Liberec')),
      ],
    });
    expect(status).toMatchObject({ state: 'done', problems: [] });
  });
});

describe('pristav service add --type library', () => {
  const dir = makeTempDir();
  afterAll(() => dir.cleanup());

  it('records the visit, as the import and the reception do', async () => {
    const db = join(dir.dir, 'library.sqlite');
    await cli('--db', db, 'init', '--site', 'Centrum', '--town', 'Liberec', '--hq');
    const added = await cli(
      '--db',
      db,
      'client',
      'add',
      '--family',
      'Ivanova',
      '--nationality',
      'RU',
      '--consent',
      '2026-01-01',
    );
    const { id } = JSON.parse(added.stdout) as { id: string };
    const act = await cli('--db', db, 'service', 'add', '--client', id, '--type', 'library');
    expect(act.stderr).toBe('');
    expect(act.code).toBe(0);
    expect(JSON.parse(act.stdout)).toMatchObject({
      clientId: id,
      type: 'library',
      town: 'Liberec',
    });
  });
});
