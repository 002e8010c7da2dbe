import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../../db/api.ts';
import { runWrite } from '../../../db/changes/write-transaction.ts';
import { writeRow } from '../../../db/changes/write-row.ts';
import type { Client } from '../../../db/contract/clients.ts';
import { monthsOf } from '../../../db/reports/monthly-figures.ts';
import { openTempStore } from '../../helpers/temp-database.ts';
import { apiCalls } from '../../helpers/temp-api.ts';

let temp: Awaited<ReturnType<typeof openTempStore>>;
let api: Api;

const { ok } = apiCalls(() => api);
const person = (familyName: string, nationality: string) =>
  ok('clients.create', { familyName, nationality, consentDate: '2026-01-01' });
const record = (client: Client, date: string, town = 'Liberec', type = 'internet') =>
  ok('acts.record', { clientId: client.id, type, date, town });

beforeEach(async () => {
  temp = await openTempStore({ now: () => Date.UTC(2027, 1, 1, 12) });
  api = createApi(temp.store);
  const an = await person('Nguyễn', 'VN');
  const copy = await person('Nguyen', 'VN');
  const sarnai = await person('Batbayar', 'MN');
  const gone = await person('Odstraněný', 'RU');
  await record(an, '2026-09-30'); // before the period
  await record(an, '2026-10-01');
  await record(copy, '2026-10-15', 'Turnov'); // merged into Nguyễn below: the same person
  await record(sarnai, '2026-10-20', 'Turnov', 'interpreting');
  await record(sarnai, '2026-12-31');
  await record(gone, '2026-12-05'); // a removed record counts nowhere
  await record(an, '2027-01-01'); // after the period
  await ok('tallies.add', { type: 'internet', date: '2026-11-05', count: 4 }); // anonymous: no act
  await ok('clients.merge', { survivorId: an.id, mergedId: copy.id });
  runWrite(temp.store, null, (w) => writeRow(w, 'clients', gone.id, { deleted: 1 }));
});
afterEach(() => temp.close());

describe('reports.monthly', () => {
  it('lists every month of the period, empty ones too, counted like the report', async () => {
    const period = { from: '2026-10-01', to: '2026-12-31' };
    const months = await ok('reports.monthly', period);
    expect(months).toEqual([
      { month: '2026-10', clients: 2, acts: 3 }, // Nguyễn (with the merged record), Batbayar
      { month: '2026-11', clients: 0, acts: 0 },
      { month: '2026-12', clients: 1, acts: 1 },
    ]);
    const report = await ok('reports.period', period);
    expect(months.reduce((sum, month) => sum + month.acts, 0)).toBe(report.acts);
  });

  it('counts only the acts delivered in the town asked for', async () => {
    const months = await ok('reports.monthly', {
      from: '2026-10-10',
      to: '2026-11-20',
      town: 'Turnov',
    });
    expect(months).toEqual([
      { month: '2026-10', clients: 2, acts: 2 },
      { month: '2026-11', clients: 0, acts: 0 },
    ]);
  });

  it('refuses a period that ends before it starts, naming the field', async () => {
    const result = await api.invoke(
      'reports.monthly',
      { from: '2026-12-01', to: '2026-11-01' },
      'cs',
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(!result.ok && result.error.message).toContain('Období do');
  });
});

describe('monthsOf', () => {
  it('spans years and includes both end months', () => {
    expect(monthsOf('2009-11-30', '2010-02-01')).toEqual([
      '2009-11',
      '2009-12',
      '2010-01',
      '2010-02',
    ]);
    expect(monthsOf('2010-05-01', '2010-05-31')).toEqual(['2010-05']);
  });
});
