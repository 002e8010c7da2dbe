import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../../db/api.ts';
import type { Client } from '../../../db/contract/clients.ts';
import { openTempStore } from '../../helpers/temp-database.ts';
import { apiCalls } from '../../helpers/temp-api.ts';

let temp: Awaited<ReturnType<typeof openTempStore>>;
let api: Api;
let clock = Date.UTC(2026, 10, 30, 12);

const { ok } = apiCalls(() => api);
const person = (familyName: string, nationality: string) =>
  ok('clients.create', { familyName, nationality, consentDate: '2026-01-01' });
const act = (client: Client, type: string, date: string, town = 'Liberec') =>
  ok('acts.record', { clientId: client.id, type, date, town });
const november = { from: '2026-11-01', to: '2026-11-30' };

beforeEach(async () => {
  temp = await openTempStore({ now: () => clock });
  api = createApi(temp.store);
});
afterEach(() => temp.close());

describe('period locking', () => {
  it('keeps the submitted figures and shows every later change with the acts behind it', async () => {
    const an = await person('Nguyễn', 'VN');
    const copy = await person('Nguyen', 'VN');
    const taras = await person('Ševčenko', 'UA');
    const edited = await act(an, 'social_legal_counselling', '2026-11-10');
    const removed = await act(taras, 'internet', '2026-11-12', 'Turnov');
    await act(copy, 'interpreting', '2026-11-20');
    await act(an, 'internet', '2026-10-31'); // outside the period: never part of it

    const submission = await ok('reports.submit', {
      ...november,
      note: 'Zpráva pro fond, listopad',
    });
    expect(submission).toMatchObject({ from: '2026-11-01', acts: 3, changedActs: 0 });
    expect(submission.submittedBy).not.toBeNull();

    const unchanged = (await ok('reports.compare', november))!;
    expect(unchanged.differences).toEqual([]);
    expect(unchanged.changedActs).toEqual([]);
    expect(unchanged.submitted).toEqual(unchanged.current);

    // Later: a late act, a moved act, a deleted act, and two records merged into one person.
    clock += 86_400_000;
    const late = await act(taras, 'social_legal_counselling', '2026-11-05');
    await ok('acts.update', { id: edited.id, changes: { town: 'Turnov' } });
    await ok('acts.delete', { id: removed.id });
    await ok('clients.merge', { survivorId: an.id, mergedId: copy.id });

    const comparison = (await ok('reports.compare', november))!;
    expect(comparison.submitted.clients).toBe(3);
    expect(comparison.current.clients).toBe(2);
    expect(comparison.differences).toContainEqual({
      table: 'totals',
      key: null,
      measure: 'clients',
      submitted: 3,
      current: 2,
    });
    // Internet disappears from the period: its row counts as zero now.
    expect(comparison.differences).toContainEqual({
      table: 'byServiceType',
      key: 'internet',
      measure: 'acts',
      submitted: 1,
      current: 0,
    });
    const changes = comparison.changedActs.map((entry) => [entry.change, entry.sourceId]);
    expect(changes).toEqual(
      expect.arrayContaining([
        ['added', late.id],
        ['changed', edited.id],
        ['removed', removed.id],
      ]),
    );
    expect(comparison.changedActsTotal).toBe(4); // the merged record's act counts for Nguyễn now
    const moved = comparison.changedActs.find((entry) => entry.sourceId === edited.id);
    expect(moved?.before?.town).toBe('Liberec');
    expect(moved?.now?.town).toBe('Turnov');
    expect(moved?.clientName).toBe('Nguyễn');

    const [listed] = await ok('reports.submissions', undefined);
    expect(listed).toMatchObject({
      id: submission.id,
      changedActs: 4,
      note: 'Zpráva pro fond, listopad',
    });
  });

  it('answers null for a period never submitted, and a resubmission becomes the reference', async () => {
    const an = await person('Nguyễn', 'VN');
    await act(an, 'internet', '2026-11-10');
    expect(await ok('reports.compare', november)).toBeNull();
    await ok('reports.submit', november);
    await act(an, 'internet', '2026-11-11');
    expect((await ok('reports.compare', november))!.changedActsTotal).toBe(1);
    // A town's report is a period of its own.
    expect(await ok('reports.compare', { ...november, town: 'Liberec' })).toBeNull();

    clock += 1000;
    await ok('reports.submit', november);
    const again = (await ok('reports.compare', november))!;
    expect(again.changedActsTotal).toBe(0);
    expect(again.submitted.acts).toBe(2);
    expect(await ok('reports.submissions', undefined)).toHaveLength(2);
  });

  it('recounts a submitted period for the list only after the acts have changed', async () => {
    const an = await person('Nguyễn', 'VN');
    await act(an, 'internet', '2026-11-10');
    const submitted = await ok('reports.submit', november);
    const changedActs = async () => (await ok('reports.submissions', undefined))[0]!.changedActs;
    expect(await changedActs()).toBe(0);

    // The stored count is what the list shows while nothing changes: stamp it with a number
    // the acts cannot give, and the list repeats it.
    temp.store.sqlite
      .prepare('UPDATE report_submission_checks SET changed_acts = 99 WHERE submission_id = ?')
      .run(submitted.id);
    expect(await changedActs()).toBe(99);

    // Any change to the acts — here a late act in the period — makes the list count again.
    await act(an, 'social_legal_counselling', '2026-11-12');
    expect(await changedActs()).toBe(1);
    // So does one from another connection, or the summaries noting it by hand.
    temp.store.sqlite.exec(`INSERT INTO report_dirty VALUES ('${an.id}')`);
    temp.store.sqlite
      .prepare('UPDATE report_submission_checks SET changed_acts = 99 WHERE submission_id = ?')
      .run(submitted.id);
    expect(await changedActs()).toBe(1);
  });

  it('keeps submissions append-only in the database itself', async () => {
    const an = await person('Nguyễn', 'VN');
    await act(an, 'internet', '2026-11-10');
    await ok('reports.submit', november);
    expect(() => temp.store.sqlite.exec("UPDATE report_submissions SET figures = '{}'")).toThrow(
      /append-only/,
    );
    expect(() => temp.store.sqlite.exec('DELETE FROM report_submission_acts')).toThrow(
      /append-only/,
    );
  });

  it('refuses an invalid period with a message naming the field', async () => {
    const result = await api.invoke(
      'reports.submit',
      { from: '2026-11-30', to: '2026-11-01' },
      'cs',
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/Do|konec/);
    expect(temp.store.sqlite.prepare('SELECT count(*) AS n FROM report_submissions').get()).toEqual(
      {
        n: 0,
      },
    );
  });
});
