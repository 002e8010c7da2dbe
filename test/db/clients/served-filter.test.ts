import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiCalls, openTempApi, type TempApi } from '../../helpers/temp-api.ts';

let temp: TempApi;

const { ok } = apiCalls(() => temp.api);
const person = (familyName: string) =>
  ok('clients.create', { familyName, nationality: 'UA', consentDate: '2026-01-01' });
const served = async (period: { servedFrom?: string; servedTo?: string }) =>
  (await ok('clients.list', period)).rows.map((row) => row.displayName).sort();

beforeEach(async () => {
  temp = await openTempApi({ now: () => Date.UTC(2026, 10, 30, 12) });
});
afterEach(() => temp.close());

describe('the register filtered to clients served in a period', () => {
  it('lists the people the report counts, through a merge chain two records deep', async () => {
    const [oldest, middle, survivor, other] = await Promise.all(
      ['Oles', 'Olesja', 'Olesia', 'Petrenko'].map(person),
    );
    await ok('acts.record', {
      clientId: oldest!.id,
      type: 'internet',
      date: '2026-10-15',
      town: 'Liberec',
    });
    await ok('acts.record', {
      clientId: other!.id,
      type: 'internet',
      date: '2026-11-03',
      town: 'Turnov',
    });
    // Oles → Olesja → Olesia: Oles's act counts for Olesia.
    await ok('clients.merge', { survivorId: middle!.id, mergedId: oldest!.id });
    await ok('clients.merge', { survivorId: survivor!.id, mergedId: middle!.id });

    expect(await served({ servedFrom: '2026-10-01', servedTo: '2026-10-31' })).toEqual(['Olesia']);
    expect(await served({ servedFrom: '2026-10-01' })).toEqual(['Olesia', 'Petrenko']);
    expect(await served({ servedTo: '2026-10-20' })).toEqual(['Olesia']);
    expect(await served({ servedFrom: '2026-11-04' })).toEqual([]);

    const report = await ok('reports.period', {
      from: '2026-10-01',
      to: '2026-11-30',
    });
    const listed = await ok('clients.list', {
      servedFrom: '2026-10-01',
      servedTo: '2026-11-30',
    });
    expect(listed.total).toBe(report.clients);
  });
});
