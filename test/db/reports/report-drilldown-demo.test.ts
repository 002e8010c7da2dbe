import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../../db/api.ts';
import { fillRelease2010 } from '../../../db/demo/release-2010.ts';
import { openTempStore } from '../../helpers/temp-database.ts';
import { figuresAndDrilldowns, figuresOnly, ok, totalsOnly } from './drilldown-figures.ts';

type Temp = Awaited<ReturnType<typeof openTempStore>>;

describe('reports.drilldown on the 2010 press-release demo', () => {
  let temp: Temp;
  let api: Api;
  const period = { from: '2010-05-01', to: '2010-12-31' };
  beforeAll(async () => {
    temp = await openTempStore({ withSite: false });
    fillRelease2010(temp.store);
    api = createApi(temp.store);
  });
  afterAll(() => temp.close());

  it('totals every figure of the report, for the whole centre and for each town', async () => {
    const { report, pairs } = await figuresAndDrilldowns(api, period);
    expect(report).toMatchObject({ clients: 476, countries: 26, acts: 2934 });
    expect(totalsOnly(pairs)).toEqual(figuresOnly(pairs));
    expect(pairs.find((pair) => pair.figure === 'nationality VN')?.total).toBe(206);
    expect(pairs.find((pair) => pair.figure === 'czech_course clients')?.total).toBe(392);
    for (const town of report.byTown.map((row) => row.town)) {
      const local = await figuresAndDrilldowns(api, { ...period, town });
      expect(totalsOnly(local.pairs)).toEqual(figuresOnly(local.pairs));
    }
  });

  it('pages through the 206 Vietnamese clients in Czech order', async () => {
    const names: string[] = [];
    for (let offset = 0; offset < 206; offset += 100) {
      const page = await ok(api, 'reports.drilldown', {
        ...period,
        show: 'clients',
        filter: { country: 'VN' },
        offset,
        limit: 100,
      });
      expect(page.total).toBe(206);
      if (page.show === 'clients') names.push(...page.rows.map((row) => row.displayName));
    }
    expect(names).toHaveLength(206);
    expect(names).toEqual([...names].sort(new Intl.Collator('cs').compare));
  });
});
