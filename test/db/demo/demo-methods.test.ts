import { afterEach, describe, expect, it } from 'vitest';
import { createApi } from '../../../db/api.ts';
import { dumpSyncedData } from '../../../db/changes/dump.ts';
import { openTempStore } from '../../helpers/temp-database.ts';

type Temp = Awaited<ReturnType<typeof openTempStore>>;
let temp: Temp | undefined;
afterEach(() => temp?.close());

/** 'demo.fill': "try with demo data" on the first-run screen. */
describe('demo.fill', () => {
  it('sets up the demo centre on a new database and fills the 2010 data set', async () => {
    temp = await openTempStore({ withSite: false });
    const api = createApi(temp.store);
    const filled = await api.invoke('demo.fill', { kind: 'release-2010' }, 'cs');
    expect(filled).toMatchObject({
      ok: true,
      value: { clients: 476, acts: 2934, site: { town: 'Liberec', isHq: true } },
    });
    const info = await api.invoke('app.info', {}, 'cs');
    expect(info).toMatchObject({
      ok: true,
      value: { site: { name: expect.stringMatching(/^Ukázka – /) } },
    });
    const list = await api.invoke('clients.list', {}, 'cs');
    expect(list).toMatchObject({ ok: true, value: { total: 476 } });
  });

  it('refuses a database that already has its site, and changes nothing', async () => {
    temp = await openTempStore();
    const before = JSON.stringify(dumpSyncedData(temp.store));
    const refused = await createApi(temp.store).invoke('demo.fill', { kind: 'release-2010' }, 'en');
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'ALREADY_INITIALISED', message: expect.stringContaining('Centrum Liberec') },
    });
    expect(JSON.stringify(dumpSyncedData(temp.store))).toBe(before);
  });

  it('refuses an unknown data set with a Czech message', async () => {
    temp = await openTempStore({ withSite: false });
    const wrong = await createApi(temp.store).invoke('demo.fill', { kind: 'scale' }, 'cs');
    expect(wrong).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('zvolte jednu z nabízených') },
    });
    expect(temp.store.sqlite.prepare('SELECT count(*) AS n FROM sites').get()).toEqual({ n: 0 });
  });
});
