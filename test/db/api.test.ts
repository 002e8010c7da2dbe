import { knownSchemaVersion } from '../../db/migrations/index.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { createApi, createUnavailableApi } from '../../db/api.ts';
import { PristavError } from '../../db/errors.ts';
import { openTempStore } from '../helpers/temp-database.ts';

let close: (() => void) | undefined;
afterEach(() => close?.());

const opsCount = (store: { sqlite: { prepare(sql: string): { get(): unknown } } }) =>
  (store.sqlite.prepare('SELECT count(*) AS n FROM ops').get() as { n: number }).n;

describe('the API over a real database', () => {
  it('runs first-run setup once, recording it in the change log', async () => {
    const temp = await openTempStore({ withSite: false });
    close = temp.close;
    const api = createApi(temp.store);
    const before = await api.invoke('app.info', {}, 'cs');
    expect(before).toMatchObject({
      ok: true,
      value: { site: null, schemaVersion: knownSchemaVersion },
    });
    const created = await api.invoke(
      'site.create',
      { name: ' Pobočka Turnov ', town: 'Turnov', isHq: false, adminName: 'Jana Nováková' },
      'cs',
    );
    expect(created).toMatchObject({ ok: true, value: { name: 'Pobočka Turnov', isHq: false } });
    const info = await api.invoke('app.info', undefined, 'cs');
    expect(info).toMatchObject({
      ok: true,
      value: { site: { name: 'Pobočka Turnov' }, user: { name: 'Jana Nováková', role: 'admin' } },
    });
    const ops = opsCount(temp.store);
    expect(ops).toBeGreaterThan(0);
    const again = await api.invoke(
      'site.create',
      { name: 'Jiné', town: 'Liberec', isHq: true, adminName: 'X' },
      'cs',
    );
    expect(again).toMatchObject({ ok: false, error: { code: 'ALREADY_INITIALISED' } });
    expect(opsCount(temp.store)).toBe(ops);
  });

  it('names the field in Czech, or English, and writes nothing on invalid input', async () => {
    const temp = await openTempStore({ withSite: false });
    close = temp.close;
    const api = createApi(temp.store);
    const input = { name: '   ', town: 'Liberec', isHq: true, adminName: 'Petra' };
    expect(await api.invoke('site.create', input, 'cs')).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: 'Neplatné údaje: Název pracoviště: povinný údaj' },
    });
    expect(await api.invoke('site.create', input, 'en')).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: 'Invalid input: Site name: required' },
    });
    const tooLong = await api.invoke('site.create', { ...input, name: 'x'.repeat(101) }, 'cs');
    expect(tooLong).toMatchObject({
      error: { message: expect.stringContaining('nejvýše 100 znaků') },
    });
    expect(opsCount(temp.store)).toBe(0);
  });

  it('refuses unknown methods and work before setup', async () => {
    const temp = await openTempStore({ withSite: false });
    close = temp.close;
    const api = createApi(temp.store);
    expect(await api.invoke('clients.drop', {}, 'cs')).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD', message: 'Neznámá operace „clients.drop“.' },
    });
    expect(await api.invoke('settings.get', {}, 'cs')).toMatchObject({
      ok: false,
      error: { code: 'NOT_INITIALISED' },
    });
  });

  it('saves and reads settings, writing only what changed', async () => {
    const temp = await openTempStore();
    close = temp.close;
    const api = createApi(temp.store);
    const defaults = await api.invoke('settings.get', {}, 'cs');
    expect(defaults).toMatchObject({ ok: true, value: { defaultLanguage: 'cs' } });
    const before = opsCount(temp.store);
    const saved = await api.invoke('settings.set', { organisationName: 'Centrum LK' }, 'cs');
    expect(saved).toMatchObject({ ok: true, value: { organisationName: 'Centrum LK' } });
    const afterFirst = opsCount(temp.store);
    expect(afterFirst).toBeGreaterThan(before);
    await api.invoke('settings.set', { organisationName: 'Centrum LK' }, 'cs');
    expect(opsCount(temp.store)).toBe(afterFirst);
    const bad = await api.invoke('settings.set', { defaultLanguage: 'de' }, 'cs');
    expect(bad).toMatchObject({
      ok: false,
      error: { message: 'Neplatné údaje: Výchozí jazyk: zvolte jednu z nabízených možností' },
    });
    expect(opsCount(temp.store)).toBe(afterFirst);
  });

  it('answers every call with the reason when the database could not be opened', async () => {
    const api = createUnavailableApi(
      new PristavError('DB_TOO_NEW', { path: 'x.sqlite', found: 9, known: 2 }),
      'x.sqlite',
    );
    const result = await api.invoke('app.info', {}, 'cs');
    expect(result).toMatchObject({ ok: false, error: { code: 'DB_TOO_NEW' } });
    expect(result.ok ? '' : result.error.message).toContain('novější verze Přístavu');
  });
});
