import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../../db/api.ts';
import type { Client } from '../../../db/contract/clients.ts';
import { countries, isCountryCode } from '../../../db/contract/countries.ts';
import type { Partner } from '../../../db/contract/partners.ts';
import type { Input } from '../../../db/contract/methods.ts';
import type { PeriodReport } from '../../../db/contract/reports.ts';
import { buildPeriodReport } from '../../../db/reports/period-report.ts';
import { buildBaselineReport } from '../../../scripts/bench/report-baseline.ts';
import { openStore } from '../../../db/open-app.ts';
import { cli } from '../../helpers/run-cli.ts';
import { makeTempDir, openTempStore } from '../../helpers/temp-database.ts';
import { join } from 'node:path';
import { drill, figuresAndDrilldowns, figuresOnly, ok, totalsOnly } from './drilldown-figures.ts';

/**
 * Issue 13 points 13–14 and 16–17 on a small hand-made centre whose every number is known:
 * clients by sex, age group and residence status, new and returning clients, referrals by the
 * partner's kind, events, and the EU/EEA/Swiss and Czech citizens shown apart.
 */
type Temp = Awaited<ReturnType<typeof openTempStore>>;
const november = { from: '2026-11-01', to: '2026-11-30' };

describe('the funder’s figures of the period report', () => {
  let temp: Temp;
  let api: Api;
  const people: Record<string, Client> = {};
  const partners: Record<string, Partner> = {};

  beforeAll(async () => {
    temp = await openTempStore({ now: () => Date.UTC(2026, 11, 31, 12) });
    api = createApi(temp.store);
    const person = (familyName: string, fields: Omit<Input<'clients.create'>, 'familyName'>) =>
      ok(api, 'clients.create', { familyName, consentDate: '2020-01-01', ...fields });
    // Born the day after the period starts 15 years earlier: still 14 on its first day.
    people.lan = await person('Trần', { nationality: 'VN', sex: 'F', birthDate: '2011-11-02' });
    // 15 exactly on the first day.
    people.bat = await person('Bat', {
      nationality: 'MN',
      sex: 'M',
      birthDate: '2011-11-01',
      residenceStatus: 'permanent',
    });
    // A year of birth alone is 1 July: 25 on 1 November 2026.
    people.olena = await person('Ševčenko', {
      nationality: 'UA',
      birthDate: '2001',
      residenceStatus: 'temporary_protection',
    });
    people.oleg = await person('Petrov', {
      nationality: 'RU',
      sex: 'X',
      birthDate: '1961-11-01',
      residenceStatus: 'long_term',
    });
    // Merged into Olena below: its earlier act makes her a returning client.
    people.olenaCopy = await person('Shevchenko', { nationality: 'UA' });
    people.jana = await person('Kováčová', { nationality: 'SK', sex: 'F' });
    people.petr = await person('Novák', { nationality: 'CZ', sex: 'M' });

    for (const [key, organisationName, partnerKind] of [
      ['labour', 'Úřad práce ČR – kontaktní pracoviště Liberec', 'labour_office'],
      ['oamp', 'OAMP Liberec', 'oamp'],
    ] as const) {
      partners[key] = await ok(api, 'partners.create', {
        organisationName,
        partnerKind,
        town: 'Liberec',
      });
    }
    const act = (client: Client, date: string, extra: Record<string, unknown> = {}) =>
      ok(api, 'acts.record', {
        clientId: client.id,
        type: 'social_legal_counselling',
        date,
        town: 'Liberec',
        ...extra,
      });
    await act(people.lan!, '2026-11-02');
    await act(people.bat!, '2026-11-03', { partnerId: partners.labour!.id });
    await act(people.bat!, '2026-10-03'); // before: Bat is returning
    await act(people.olena!, '2026-11-04', { partnerId: partners.labour!.id });
    await act(people.olena!, '2026-11-05', { partnerId: partners.oamp!.id, town: 'Turnov' });
    await act(people.olenaCopy!, '2025-05-05');
    await act(people.oleg!, '2026-11-06', { type: 'interpreting' });
    await act(people.oleg!, '2026-12-06', { partnerId: partners.oamp!.id }); // after
    await act(people.jana!, '2026-11-07', { partnerId: partners.labour!.id });
    await act(people.jana!, '2026-11-08', { type: 'internet' });
    await act(people.petr!, '2026-11-09', { type: 'internet' });
    await ok(api, 'clients.merge', {
      survivorId: people.olena!.id,
      mergedId: people.olenaCopy!.id,
    });
    await ok(api, 'events.create', {
      date: '2026-11-20',
      town: 'Liberec',
      eventKind: 'platform_meeting',
      topic: 'Regionální poradní platforma',
      participants: 24,
      partnerIds: [partners.labour!.id, partners.oamp!.id],
      clientIds: [people.lan!.id, people.petr!.id],
    });
    await ok(api, 'events.create', {
      date: '2026-12-02',
      town: 'Liberec',
      eventKind: 'conference',
      topic: 'Integrace cizinců v Libereckém kraji',
      participants: 80,
    });
  });
  afterAll(() => temp.close());

  it('counts every figure as counted by hand', async () => {
    const report = await ok(api, 'reports.period', november);
    expect(report).toMatchObject({
      // Lan, Bat, Olena (with her merged record) and Oleg; Jana and Petr are not the funder's.
      clients: 4,
      countries: 4,
      // Lan's counselling and her event, Bat's one, Olena's two referrals, Oleg's interpreting.
      acts: 6,
      bySex: [
        { sex: 'F', clients: 1 },
        { sex: 'M', clients: 1 },
        { sex: 'X', clients: 1 },
        { sex: null, clients: 1 },
      ],
      byAgeGroup: [
        { group: '0-14', clients: 1 },
        { group: '15-17', clients: 1 },
        { group: '18-25', clients: 1 },
        { group: '65+', clients: 1 },
      ],
      byResidenceStatus: [
        { status: 'long_term', clients: 1 },
        { status: 'permanent', clients: 1 },
        { status: 'temporary_protection', clients: 1 },
        { status: null, clients: 1 },
      ],
      newClients: 2,
      referrals: [
        { partnerKind: 'labour_office', referrals: 2, clients: 2 },
        { partnerKind: 'oamp', referrals: 1, clients: 1 },
      ],
      events: { events: 1, participants: 24, clients: 1 },
      otherClients: { clients: 2, acts: 4 },
    });
    expect(report.byServiceType).toContainEqual({ type: 'event', clients: 1, acts: 1 });
    expect(report.byNationality.map((row) => row.country).sort()).toEqual(['MN', 'RU', 'UA', 'VN']);

    const turnov = await ok(api, 'reports.period', { ...november, town: 'Turnov' });
    expect(turnov).toMatchObject({
      clients: 1,
      newClients: 0,
      referrals: [{ partnerKind: 'oamp', referrals: 1, clients: 1 }],
      events: { events: 0, participants: 0, clients: 0 },
    });
    const december = await ok(api, 'reports.period', {
      from: '2026-12-01',
      to: '2026-12-31',
    });
    expect(december).toMatchObject({
      clients: 1,
      newClients: 0,
      events: { events: 1, participants: 80, clients: 0 },
    });
  });

  it('agrees with the count from the acts alone and with the hand-written SQL', () => {
    for (const period of [november, { from: '2025-01-01', to: '2026-12-31' }]) {
      for (const town of [undefined, 'Liberec', 'Turnov']) {
        const input = town ? { ...period, town } : period;
        const report = buildPeriodReport(temp.store, input);
        expect(report).toEqual(buildPeriodReport(temp.store, input, { fromActs: true }));
        expect(report).toEqual(buildBaselineReport(temp.store.sqlite, input));
      }
    }
  });

  it('lists behind every figure exactly the clients or acts it counts', async () => {
    for (const town of [undefined, 'Liberec']) {
      const { pairs } = await figuresAndDrilldowns(api, town ? { ...november, town } : november);
      expect(totalsOnly(pairs)).toEqual(figuresOnly(pairs));
    }
    const others = await drill(api, november, 'clients', { isOtherClient: true });
    // Kováčová, Novák: in Czech order.
    expect(others.show === 'clients' && others.rows.map((row) => row.nationality)).toEqual([
      'SK',
      'CZ',
    ]);
    const newcomers = await drill(api, november, 'clients', { isNew: true });
    expect(newcomers.show === 'clients' && newcomers.rows.map((row) => row.displayName)).toEqual([
      'Petrov',
      'Trần',
    ]);
    const unknownAge = await drill(api, november, 'clients', { ageGroup: 'unknown' });
    expect(unknownAge.total).toBe(0);
    // Who looked at the people behind a figure is on record, with the filter (never the names).
    const audited = temp.store.sqlite
      .prepare(`SELECT detail FROM access_log WHERE action = 'drilldown' ORDER BY id`)
      .pluck()
      .all() as string[];
    expect(audited.map((detail) => JSON.parse(detail) as { filter: unknown })).toContainEqual(
      expect.objectContaining({ filter: { isOtherClient: true }, show: 'clients' }),
    );
    expect(audited.join('\n')).not.toContain('Kováčová');
    const attended = await drill(api, november, 'acts', { type: 'event' });
    expect(attended.show === 'acts' && attended.rows.map((row) => row.detail)).toEqual([
      'Regionální poradní platforma',
    ]);
    const referred = await drill(api, november, 'acts', { partnerKind: 'labour_office' });
    expect(referred.show === 'acts' && referred.rows.map((row) => row.date)).toEqual([
      '2026-11-03',
      '2026-11-04',
    ]);
  });

  it('treats the EU, the EEA, Switzerland and Czechia as one explicit set of real countries', () => {
    const others = countries.filter((country) => country.isEuEeaCh).map((country) => country.code);
    // 27 member states (Czechia among them), Iceland, Liechtenstein, Norway, Switzerland.
    expect(others).toHaveLength(31);
    expect(others.every(isCountryCode)).toBe(true);
    for (const code of ['CZ', 'SK', 'DE', 'NO', 'CH', 'HR']) expect(others).toContain(code);
    for (const code of ['GB', 'UA', 'VN', 'RS', 'TR']) expect(others).not.toContain(code);
  });

  it('compares a period with the same days a year earlier', async () => {
    const comparison = await ok(api, 'reports.yearEarlier', {
      from: '2026-05-01',
      to: '2026-11-30',
    });
    expect(comparison.period).toEqual({ from: '2025-05-01', to: '2025-11-30' });
    // A year earlier only the record later merged into Olena came.
    expect(comparison.previous).toMatchObject({ clients: 1, acts: 1, newClients: 1 });
    expect(comparison.differences).toContainEqual({
      table: 'totals',
      key: null,
      measure: 'clients',
      submitted: 1,
      current: 4,
    });
    const leap = await ok(api, 'reports.yearEarlier', {
      from: '2025-02-01',
      to: '2025-02-28',
    });
    expect(leap.period).toEqual({ from: '2024-02-01', to: '2024-02-29' });
  });
});

describe('the funder’s figures of the 2010 press-release demo', () => {
  const release = { from: '2010-05-01', to: '2010-12-31' };
  const temp = makeTempDir();
  const db = join(temp.dir, 'release-2010.sqlite');
  afterAll(() => temp.cleanup());

  it('keep the 476 third-country nationals of the press release, all new that year', async () => {
    expect(
      (await cli('--db', db, 'init', '--site', 'Centrum', '--town', 'Liberec', '--hq')).code,
    ).toBe(0);
    expect((await cli('--db', db, 'demo', '--release-2010')).code).toBe(0);
    const printed = await cli('--db', db, 'report', '--from', release.from, '--to', release.to);
    expect(printed.code).toBe(0);
    const report = JSON.parse(printed.stdout) as PeriodReport;
    // The demo has no EU/EEA/Swiss or Czech citizen: the funder's 476 are everyone served.
    expect(report).toMatchObject({
      clients: 476,
      acts: 2934,
      countries: 26,
      newClients: 476,
      otherClients: { clients: 0, acts: 0 },
      referrals: [],
      events: { events: 0, participants: 0, clients: 0 },
    });
    const sum = (rows: { clients: number }[]) =>
      rows.reduce((total, row) => total + row.clients, 0);
    for (const key of ['bySex', 'byAgeGroup', 'byResidenceStatus'] as const) {
      expect(sum(report[key]), key).toBe(476);
    }
    expect(report.byAgeGroup.map((row) => row.group)).not.toContain(null);
    const store = await openStore({ file: db, mode: 'open' });
    try {
      expect(buildBaselineReport(store.sqlite, release)).toEqual(report);
    } finally {
      store.sqlite.close();
    }
  });
});
