import { afterEach, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../../db/api.ts';
import { dumpSyncedData } from '../../../db/changes/dump.ts';
import { openTempStore } from '../../helpers/temp-database.ts';
import { csv, file, runImport } from './import-helpers.ts';
import type { Language } from '../../../db/contract/language.ts';
import type { MethodName } from '../../../db/contract/method-names.ts';
import type { Input } from '../../../db/contract/methods.ts';
import { apiCalls } from '../../helpers/temp-api.ts';

let close: (() => void) | undefined;
afterEach(() => close?.());

/** Clients enough for three chunks of writing. */
function manyClients(count: number) {
  const lines = Array.from(
    { length: count },
    (_, i) => `${i + 1},Klient${i + 1},Jan,1980,VN,2009-01-05`,
  );
  return [
    file(
      'clients.csv',
      csv('ref,family_name,given_names,birth_date,nationality,consent_date', ...lines),
    ),
  ];
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** The value of a call that must succeed, typed by the contract. */
const value = <M extends MethodName>(api: Api, method: M, input: Input<M>, lang: Language) =>
  apiCalls(api).ok(method, input, lang);

describe('import jobs', () => {
  it('report progress by phase, and let other calls wait until the transaction ends', async () => {
    const temp = await openTempStore();
    close = temp.close;
    const api = createApi(temp.store);
    const { jobId } = await value(
      api,
      'import.start',
      { source: 'Velký registr', files: manyClients(2500), dryRun: false },
      'cs',
    );
    const seen: string[] = [];
    let created: Promise<unknown> | undefined;
    let isCreated = false;
    for (;;) {
      const status = await value(api, 'import.status', { jobId }, 'cs');
      seen.push(`${status.phase} ${status.done}/${status.total}`);
      if (status.phase === 'writing' && created === undefined) {
        // A call made while the import holds its transaction runs after it, not inside it.
        created = api
          .invoke(
            'clients.create',
            { familyName: 'Mezitím', nationality: 'UA', isConsentPending: true },
            'cs',
          )
          .then((result) => {
            isCreated = true;
            return result;
          });
      }
      if (status.phase === 'writing') expect(isCreated).toBe(false);
      if (status.state !== 'running') break;
      await nextTurn();
    }
    expect(await created).toMatchObject({ ok: true, value: { familyName: 'Mezitím' } });
    expect(seen).toContain('checking 1000/2500');
    expect(seen).toContain('writing 1000/2500');
    expect(seen).toContain('writing 2000/2500');
    expect(seen.at(-1)).toBe('finished 2500/2500');
    expect(dumpSyncedData(temp.store).clients).toHaveLength(2501);
  });

  it('cancelled while writing, rolls everything back', async () => {
    const temp = await openTempStore();
    close = temp.close;
    const api = createApi(temp.store);
    const before = JSON.stringify(dumpSyncedData(temp.store));
    const { jobId } = await value(
      api,
      'import.start',
      { source: 'Velký registr', files: manyClients(2500), dryRun: false },
      'cs',
    );
    for (;;) {
      const status = await value(api, 'import.status', { jobId }, 'cs');
      if (status.phase === 'writing') break;
      expect(status.state).toBe('running');
      await nextTurn();
    }
    const cancelled = await value(api, 'import.cancel', { jobId }, 'en');
    expect(cancelled).toMatchObject({
      state: 'cancelled',
      phase: 'finished',
      counts: { clients: 0, unchanged: 0 },
      message: 'Import byl zrušen; nic nebylo zapsáno.',
    });
    expect(JSON.stringify(dumpSyncedData(temp.store))).toBe(before);
    expect(temp.store.sqlite.inTransaction).toBe(false);
    // The database is free again: the same import now goes through.
    const again = await runImport(api, { source: 'Velký registr', files: manyClients(2500) });
    expect(again).toMatchObject({ state: 'done', counts: { clients: 2500 } });
  });

  it('runs one import at a time and knows only its own jobs', async () => {
    const temp = await openTempStore();
    close = temp.close;
    const api = createApi(temp.store);
    const input = { source: 'A', files: manyClients(10), dryRun: true };
    const first = await value(api, 'import.start', input, 'cs');
    expect(await api.invoke('import.start', input, 'en')).toEqual({
      ok: false,
      error: {
        code: 'IMPORT_RUNNING',
        message: 'Another import is running; wait for it to finish or cancel it.',
      },
    });
    expect(await api.invoke('import.status', { jobId: 'nope' }, 'cs')).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    const other = await openTempStore();
    try {
      const elsewhere = await createApi(other.store).invoke('import.status', first, 'cs');
      expect(elsewhere).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    } finally {
      other.close();
    }
    await value(api, 'import.cancel', first, 'cs');
  });

  it('validates its input with the contract', async () => {
    const temp = await openTempStore();
    close = temp.close;
    const api = createApi(temp.store);
    const result = await api.invoke('import.start', { source: ' ', files: [], dryRun: true }, 'cs');
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('says so when no file is one of the tables', async () => {
    const temp = await openTempStore();
    close = temp.close;
    const status = await runImport(
      createApi(temp.store),
      {
        source: 'X',
        files: [file('adresy.csv', csv('a,b', '1,2'))],
      },
      'en',
    );
    expect(status.problems.map((p) => p.text)).toEqual([
      'adresy.csv:1: none of the files is an import table (clients, services, courses, attendance, tallies)',
    ]);
  });
});
