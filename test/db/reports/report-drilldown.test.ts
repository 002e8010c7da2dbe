import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../../db/api.ts';
import { runWrite } from '../../../db/changes/write-transaction.ts';
import { writeRow } from '../../../db/changes/write-row.ts';
import type { Client } from '../../../db/contract/clients.ts';
import { openTempStore } from '../../helpers/temp-database.ts';
import { drill, figuresAndDrilldowns, figuresOnly, ok, totalsOnly } from './drilldown-figures.ts';

type Temp = Awaited<ReturnType<typeof openTempStore>>;

describe('reports.drilldown on a small hand-made centre', () => {
  let temp: Temp;
  let api: Api;
  const people: Record<string, Client> = {};
  const november = { from: '2026-11-01', to: '2026-11-30' };

  beforeEach(async () => {
    temp = await openTempStore({ now: () => Date.UTC(2026, 11, 31, 12) });
    api = createApi(temp.store);
    const person = (familyName: string, givenNames: string, nationality: string) =>
      ok(api, 'clients.create', {
        familyName,
        givenNames,
        nationality,
        consentDate: '2026-01-01',
      });
    people.cibulka = await person('Cibulka', 'Ivan', 'UA');
    people.cech = await person('Čech', 'Oleh', 'UA');
    people.hruby = await person('Hrubý', 'Bat', 'MN');
    people.chrast = await person('Chrást', 'Lan', 'VN');
    people.copy = await person('Chrast', 'Lan', 'VN');
    people.gone = await person('Odstraněný', 'Test', 'RU');
    const course = await ok(api, 'courses.create', {
      kind: 'pc',
      title: 'Počítače pro začátečníky',
      town: 'Turnov',
      startDate: '2026-11-02',
      endDate: '2026-11-13',
      schedule: [{ weekday: 1, start: '17:00', end: '18:00' }],
    });
    for (const client of [people.cech!, people.chrast!, people.gone!]) {
      await ok(api, 'enrolments.enrol', {
        courseId: course.id,
        clientId: client.id,
        date: '2026-11-02',
      });
    }
    const [nov2, nov9] = (await ok(api, 'courses.get', { id: course.id })).lessons;
    await ok(api, 'attendance.mark', {
      lessonId: nov2!.id,
      marks: [
        { clientId: people.cech!.id, isPresent: true },
        { clientId: people.chrast!.id, isPresent: true },
        { clientId: people.gone!.id, isPresent: true },
      ],
    });
    await ok(api, 'attendance.mark', {
      lessonId: nov9!.id,
      marks: [{ clientId: people.chrast!.id, isPresent: true }],
    });
    const record = (client: Client, type: string, date: string, town: string) =>
      ok(api, 'acts.record', { clientId: client.id, type, date, town });
    await record(people.copy!, 'social_legal_counselling', '2026-11-20', 'Liberec');
    await record(people.cibulka!, 'internet', '2026-11-05', 'Liberec');
    await record(people.cibulka!, 'internet', '2026-11-06', 'Turnov');
    await record(people.hruby!, 'interpreting', '2026-11-06', 'Liberec');
    await record(people.hruby!, 'interpreting', '2026-10-30', 'Liberec'); // before the period
    await record(people.gone!, 'internet', '2026-11-07', 'Liberec');
    const book = await ok(api, 'books.create', { title: 'Truyện Kiều', language: 'vi' });
    await ok(api, 'loans.lend', {
      bookId: book.id,
      clientId: people.chrast!.id,
      date: '2026-11-03',
    }); // lent at this site, in Liberec
    await ok(api, 'clients.merge', { survivorId: people.chrast!.id, mergedId: people.copy!.id });
    // A record removed by another office (it arrives as a deletion through sync).
    runWrite(temp.store, null, (w) => writeRow(w, 'clients', people.gone!.id, { deleted: 1 }));
  });
  afterEach(() => temp.close());

  it('totals every figure of the report, for the whole centre and for one town', async () => {
    for (const period of [
      november,
      { ...november, town: 'Liberec' },
      { ...november, town: 'Turnov' },
    ]) {
      const { report, pairs } = await figuresAndDrilldowns(api, period);
      expect(totalsOnly(pairs)).toEqual(figuresOnly(pairs));
      expect(report.clients).toBeGreaterThan(0);
    }
    const { pairs } = await figuresAndDrilldowns(api, november);
    // Čech, Chrást (with the merged record), Cibulka, Hrubý; the removed record is not counted.
    expect(pairs[0]).toEqual({ figure: 'clients', value: 4, total: 4 });
    expect(pairs[1]).toEqual({ figure: 'acts', value: 8, total: 8 });
  });

  it('lists the clients in Czech order with their acts under the filter', async () => {
    const all = await drill(api, november, 'clients');
    expect(all.show === 'clients' && all.rows.map((row) => [row.displayName, row.acts])).toEqual([
      ['Cibulka Ivan', 2],
      ['Čech Oleh', 1],
      ['Hrubý Bat', 1],
      ['Chrást Lan', 4], // two lessons, one loan, and the counselling of the merged record
    ]);
    const ukraine = await drill(api, november, 'clients', { country: 'ua', town: 'Turnov' });
    expect(ukraine).toEqual({
      show: 'clients',
      total: 2,
      rows: [
        { ...pick(people.cibulka!), acts: 1 },
        { ...pick(people.cech!), acts: 1 },
      ],
    });
  });

  it('lists the acts by date, each for the person it counts for, with its course or book', async () => {
    const acts = await drill(api, november, 'acts', { town: 'Liberec' });
    expect(acts.show === 'acts' && acts.rows).toEqual([
      expect.objectContaining({ date: '2026-11-03', source: 'loan', detail: 'Truyện Kiều' }),
      expect.objectContaining({ date: '2026-11-05', clientName: 'Cibulka Ivan', type: 'internet' }),
      expect.objectContaining({ date: '2026-11-06', clientName: 'Hrubý Bat', detail: '' }),
      expect.objectContaining({
        date: '2026-11-20',
        clientId: people.chrast!.id,
        clientName: 'Chrást Lan',
        type: 'social_legal_counselling',
        town: 'Liberec',
      }),
    ]);
    const course = await drill(api, november, 'acts', { courseKind: 'pc' });
    expect(course.show === 'acts' && course.rows.map((row) => [row.date, row.detail])).toEqual([
      ['2026-11-02', 'Počítače pro začátečníky'],
      ['2026-11-02', 'Počítače pro začátečníky'],
      ['2026-11-09', 'Počítače pro začátečníky'],
    ]);
  });

  it('pages through the list without losing or repeating a row', async () => {
    const pages: string[] = [];
    for (let offset = 0; offset < 8; offset += 3) {
      const page = await ok(api, 'reports.drilldown', {
        ...november,
        show: 'acts',
        offset,
        limit: 3,
      });
      expect(page.total).toBe(8);
      if (page.show === 'acts') pages.push(...page.rows.map((row) => row.sourceId));
    }
    expect(new Set(pages).size).toBe(8);
  });

  it('refuses bad input with a Czech message naming the field', async () => {
    const invalid = async (input: unknown) => {
      const result = await api.invoke('reports.drilldown', input, 'cs');
      expect(result.ok).toBe(false);
      return result.ok ? '' : result.error.message;
    };
    expect(await invalid({ ...november, show: 'clients', limit: 501 })).toContain(
      'Počet řádků: zadejte celé číslo od 1 do 500',
    );
    expect(await invalid({ ...november, show: 'people' })).toContain(
      'Zobrazit: zvolte jednu z nabízených možností',
    );
    expect(
      await invalid({ ...november, show: 'clients', filter: { courseKind: 'yoga' } }),
    ).toContain('Druh kurzu: zvolte jednu z nabízených možností');
    expect(await invalid({ from: '2026-12-01', to: '2026-11-01', show: 'acts' })).toContain(
      'Období do: konec musí být po začátku',
    );
  });

  it('tells the span of the data and its towns for the period presets', async () => {
    await ok(api, 'tallies.add', {
      type: 'internet',
      date: '2026-10-01',
      count: 2,
      town: 'Turnov',
    });
    expect(await ok(api, 'reports.range', {})).toEqual({
      firstDate: '2026-10-01',
      lastDate: '2026-11-20',
      towns: ['Liberec', 'Turnov'],
    });
  });
});

function pick(client: Client) {
  const { id, familyName, givenNames, birthDate, nationality } = client;
  const displayName = `${familyName} ${givenNames}`;
  return { id, familyName, givenNames, displayName, birthDate, nationality };
}
