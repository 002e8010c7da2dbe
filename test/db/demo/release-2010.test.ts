import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpSyncedData } from '../../../db/changes/dump.ts';
import type { PeriodReport } from '../../../db/contract/reports.ts';
import { buildPeriodReport } from '../../../db/reports/period-report.ts';
import { runCli } from '../../../scripts/cli/run-cli.ts';
import { fillRelease2010 } from '../../../db/demo/release-2010.ts';
import { makeTempDir, openTempStore } from '../../helpers/temp-database.ts';

const period = { from: '2010-05-01', to: '2010-12-31' };
const towns = ['Česká Lípa', 'Jablonec nad Nisou', 'Liberec', 'Stráž pod Ralskem', 'Turnov'];
type Temp = Awaited<ReturnType<typeof openTempStore>>;

const clientsOf = (report: PeriodReport, type: string) =>
  report.byServiceType.find((row) => row.type === type)?.clients;
const coursesOf = (report: PeriodReport, kind: string) =>
  report.courses.find((row) => row.kind === kind)?.courses ?? 0;
const sortedNames = (temp: Temp) =>
  (
    temp.store.sqlite
      .prepare('SELECT family_name || ? || given_names AS name FROM clients')
      .all(', ') as { name: string }[]
  )
    .map((row) => row.name)
    .sort();
const tableSizes = (temp: Temp) =>
  Object.fromEntries(
    Object.entries(dumpSyncedData(temp.store)).map(([table, rows]) => [table, rows.length]),
  );

describe('the demo data set of the 2010 press release', () => {
  let first: Temp;
  let report: PeriodReport;
  beforeAll(async () => {
    first = await openTempStore({ withSite: false });
    expect(fillRelease2010(first.store)).toEqual({ clients: 476, acts: 2934 });
    report = buildPeriodReport(first.store, period);
  });
  afterAll(() => first.close());

  it('reproduces every figure of FIGURES.md', () => {
    expect(report).toMatchObject({ clients: 476, countries: 26, acts: 2934, actsPerClient: 6.16 });
    const nationalities = Object.fromEntries(
      report.byNationality.map((r) => [r.country, r.clients]),
    );
    expect(nationalities).toMatchObject({ VN: 206, MN: 153, UA: 44, RU: 30 });
    expect(report.byNationality).toHaveLength(26);
    expect(clientsOf(report, 'czech_course')).toBe(392);
    expect(clientsOf(report, 'social_legal_counselling')).toBe(42);
    expect(clientsOf(report, 'sociocultural_course')).toBe(53);
    expect(clientsOf(report, 'pc_course')).toBe(17);
    expect(clientsOf(report, 'library')).toBeGreaterThan(0);
    expect(clientsOf(report, 'internet')).toBeGreaterThan(0);
    expect(coursesOf(report, 'czech_low_threshold')).toBe(16);
    expect(coursesOf(report, 'czech_intensive')).toBe(2);
    expect(coursesOf(report, 'sociocultural')).toBeGreaterThan(0);
    expect(coursesOf(report, 'pc')).toBeGreaterThan(0);
    for (const town of towns) {
      const local = buildPeriodReport(first.store, { ...period, town });
      const czech = coursesOf(local, 'czech_low_threshold') + coursesOf(local, 'czech_intensive');
      expect(czech, town).toBeGreaterThan(0);
    }
    expect(report.anonymous.length).toBeGreaterThan(0);
  });

  it('serves every client inside the period and records nothing outside it', () => {
    const db = first.store.sqlite;
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    expect(count('SELECT count(*) AS n FROM clients')).toBe(476);
    expect(
      count(
        `SELECT count(*) AS n FROM all_acts WHERE date NOT BETWEEN '2010-05-01' AND '2010-12-31'`,
      ),
    ).toBe(0);
    // The realistic details: holidays, absences, confidential notes, returns, computers.
    expect(
      count(`SELECT count(*) AS n FROM lessons WHERE is_cancelled = 1 AND date >= '2010-12-20'`),
    ).toBeGreaterThan(0);
    expect(count('SELECT count(*) AS n FROM attendance WHERE is_present = 0')).toBeGreaterThan(0);
    expect(
      count(`SELECT count(*) AS n FROM service_acts WHERE type = 'social_legal_counselling'
             AND (is_confidential = 0 OR note = '' OR minutes IS NULL)`),
    ).toBe(0);
    expect(count('SELECT count(*) AS n FROM loans WHERE returned_on IS NOT NULL')).toBeGreaterThan(
      0,
    );
    expect(count(`SELECT count(DISTINCT language) AS n FROM books`)).toBeGreaterThanOrEqual(4);
    expect(
      count(`SELECT count(*) AS n FROM service_acts WHERE type = 'internet' AND computer = ''`),
    ).toBe(0);
  });

  it('refuses a second fill and changes nothing', () => {
    const before = JSON.stringify(dumpSyncedData(first.store));
    expect(() => fillRelease2010(first.store)).toThrow(
      expect.objectContaining({ code: 'DEMO_NOT_EMPTY', params: { clients: 476 } }),
    );
    expect(JSON.stringify(dumpSyncedData(first.store))).toBe(before);
  });

  it('gives the same data set for the same seed', async () => {
    const second = await openTempStore({ withSite: false });
    try {
      fillRelease2010(second.store);
      expect(buildPeriodReport(second.store, period)).toEqual(report);
      expect(sortedNames(second)).toEqual(sortedNames(first));
      expect(tableSizes(second)).toEqual(tableSizes(first));
    } finally {
      second.close();
    }
  });
});

describe('pristav demo', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());
  async function cli(...argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const io = { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), env: {} };
    const code = await runCli(argv, io);
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  }

  it('fills a new database that the report then reads', async () => {
    const db = join(temp.dir, 'demo.sqlite');
    const site = ['--site', 'Centrum Liberec', '--town', 'Liberec', '--hq'];
    expect((await cli('--db', db, 'init', ...site)).code).toBe(0);
    const demo = await cli('--db', db, 'demo', '--release-2010');
    expect(demo.code).toBe(0);
    expect(JSON.parse(demo.stdout)).toEqual({ clients: 476, acts: 2934 });
    const report = await cli('--db', db, 'report', '--from', period.from, '--to', period.to);
    expect(JSON.parse(report.stdout)).toMatchObject({ clients: 476, acts: 2934 });
    const again = await cli('--db', db, 'demo', '--release-2010');
    expect(again).toMatchObject({ code: 1, stderr: expect.stringContaining('prázdné databáze') });
  });
});
