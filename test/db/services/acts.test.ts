import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../../db/api.ts';
import type { Client } from '../../../db/contract/clients.ts';
import { readRowOperations } from '../../helpers/change-log.ts';
import { openTempStore } from '../../helpers/temp-database.ts';
import { apiCalls } from '../../helpers/temp-api.ts';

let temp: Awaited<ReturnType<typeof openTempStore>>;
let api: Api;
let client: Client;
const today = new Date(Date.UTC(2026, 10, 24, 10)).getTime();

const { ok } = apiCalls(() => api);
const opsCount = () =>
  (temp.store.sqlite.prepare('SELECT count(*) AS n FROM ops').get() as { n: number }).n;

beforeEach(async () => {
  temp = await openTempStore({ now: () => today });
  api = createApi(temp.store);
  client = await ok('clients.create', {
    familyName: 'Batbayar',
    givenNames: 'Sarnai',
    nationality: 'MN',
    consentDate: '2026-11-01',
  });
});
afterEach(() => temp.close());

describe('recording acts', () => {
  it('records an act with today and this site’s town by default, on the timeline', async () => {
    const act = await ok('acts.record', {
      clientId: client.id,
      type: 'social_legal_counselling',
      minutes: 45,
      note: 'Prodloužení pobytu',
    });
    expect(act).toMatchObject({
      date: '2026-11-24',
      town: 'Liberec',
      minutes: 45,
      isConfidential: true,
      workerName: 'Petra',
    });
    const internet = await ok('acts.record', {
      clientId: client.id,
      type: 'internet',
      computer: 'PC 2',
    });
    expect(internet).toMatchObject({ isConfidential: false, computer: 'PC 2' });
    const timeline = await ok('acts.timeline', { clientId: client.id });
    expect(timeline.map((entry) => entry.type)).toEqual(['internet', 'social_legal_counselling']);
    // The confidential note stays out of the list.
    expect(timeline[1]!.note).toBe('');
    const day = await ok('acts.day', {});
    expect(day.actsByType).toEqual([
      { type: 'internet', count: 1 },
      { type: 'social_legal_counselling', count: 1 },
    ]);
    expect(day.acts[0]).toMatchObject({ clientName: 'Batbayar Sarnai', type: 'internet' });
  });

  it('refuses bad acts with a clear Czech message and writes nothing', async () => {
    const before = opsCount();
    const cases: [unknown, RegExp][] = [
      [{ clientId: 'nobody', type: 'internet' }, /Záznam nebyl nalezen/],
      [{ clientId: client.id, type: 'juggling' }, /taková služba v katalogu není/],
      [{ clientId: client.id, type: 'czech_course' }, /vznikají z docházky/],
      [{ clientId: client.id, type: 'internet', date: '2026-12-01' }, /v budoucnosti/],
      [{ clientId: client.id, type: 'internet', date: '2026-02-30' }, /Datum: neplatné datum/],
      [
        { clientId: client.id, type: 'internet', minutes: 0 },
        /Minuty: zadejte celé číslo od 1 do 1440/,
      ],
    ];
    for (const [input, message] of cases) {
      const result = await api.invoke('acts.record', input, 'cs');
      expect(result.ok ? '' : result.error.message).toMatch(message);
    }
    expect(opsCount()).toBe(before);
  });

  it('refuses an act for a deleted client', async () => {
    temp.store.sqlite.prepare('UPDATE clients SET deleted = 1 WHERE id = ?').run(client.id);
    const result = await api.invoke('acts.record', { clientId: client.id, type: 'internet' }, 'cs');
    expect(result).toMatchObject({ ok: false, error: { code: 'CLIENT_DELETED' } });
  });

  it('records an act for a merged record under the survivor', async () => {
    const copy = await ok('clients.create', {
      familyName: 'Batbayar',
      givenNames: 'Sarnai',
      nationality: 'MN',
      isConsentPending: true,
    });
    await ok('acts.record', { clientId: copy.id, type: 'interpreting' });
    await ok('clients.merge', { survivorId: client.id, mergedId: copy.id });
    await ok('acts.record', { clientId: copy.id, type: 'internet' });
    const timeline = await ok('acts.timeline', { clientId: client.id });
    expect(timeline.map((entry) => entry.type).sort()).toEqual(['internet', 'interpreting']);
  });

  it('edits and deletes an act through the write path', async () => {
    const act = await ok('acts.record', { clientId: client.id, type: 'interpreting' });
    const edited = await ok('acts.update', {
      id: act.id,
      changes: { minutes: 30, date: '2026-11-20' },
    });
    expect(edited).toMatchObject({ minutes: 30, date: '2026-11-20' });
    await ok('acts.delete', { id: act.id });
    expect(await ok('acts.timeline', { clientId: client.id })).toEqual([]);
    const ops = readRowOperations(temp.store, 'service_acts', act.id);
    expect(ops.map((op) => op.column).slice(-3)).toEqual(['date', 'minutes', 'deleted']);
  });
});

describe('the catalogue and tallies', () => {
  it('adds and archives types; archived types cannot be recorded', async () => {
    const added = await ok('serviceTypes.create', {
      code: 'escort_office',
      labelCs: 'Doprovod na úřad',
      labelEn: 'Escort to an office',
    });
    expect(added).toMatchObject({ isBuiltIn: false, isArchived: false });
    await ok('acts.record', { clientId: client.id, type: 'escort_office' });
    await ok('serviceTypes.archive', { code: 'escort_office', isArchived: true });
    const listed = await ok('serviceTypes.list', {});
    expect(listed.map((type) => type.code)).not.toContain('escort_office');
    const refused = await api.invoke(
      'acts.record',
      { clientId: client.id, type: 'escort_office' },
      'cs',
    );
    expect(refused.ok ? '' : refused.error.message).toMatch(/archivovaná/);
    // An act recorded before the archiving can still have its note fixed.
    const [latest] = await ok('acts.timeline', { clientId: client.id });
    const sourceId = latest!.sourceId;
    const fixed = await ok('acts.update', {
      id: sourceId,
      changes: { note: 'opraveno' },
    });
    expect(fixed).toMatchObject({ type: 'escort_office', note: 'opraveno' });
    expect(await ok('acts.get', { id: sourceId })).toMatchObject({ note: 'opraveno' });
    const duplicate = await api.invoke(
      'serviceTypes.create',
      { code: 'internet', labelCs: 'X', labelEn: 'X' },
      'cs',
    );
    expect(duplicate).toMatchObject({ ok: false, error: { code: 'DUPLICATE' } });
  });

  it('counts anonymous walk-ins per day, type and town, apart from clients', async () => {
    await ok('tallies.add', { type: 'internet' });
    const total = await ok('tallies.add', { type: 'internet', count: 3 });
    expect(total.count).toBe(4);
    await ok('tallies.add', { type: 'library', town: 'Turnov' });
    const undone = await ok('tallies.undo', { type: 'internet' });
    expect(undone.count).toBe(1);
    const day = await ok('acts.day', { date: '2026-11-24' });
    expect(day.anonymousByType).toEqual([
      { type: 'internet', count: 1 },
      { type: 'library', count: 1 },
    ]);
    expect(day.acts).toEqual([]);
    const course = await api.invoke('tallies.add', { type: 'czech_course' }, 'cs');
    expect(course.ok ? '' : course.error.message).toMatch(/kurzy mají jen zapsané účastníky/);
  });
});
