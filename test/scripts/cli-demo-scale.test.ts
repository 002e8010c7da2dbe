import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PeriodReport } from '../../db/contract/reports.ts';
import { cli } from '../helpers/run-cli.ts';
import { makeTempDir } from '../helpers/temp-database.ts';

/** `pristav demo --scale N [--years Y] [--seed S]` on real files (INTERFACES.md, README). */
describe('pristav demo --scale', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());
  const lastYear = new Date().getUTCFullYear() - 1;
  const scale = (db: string, ...extra: string[]) =>
    cli('--db', db, 'demo', '--scale', '200', '--years', '2', ...extra);

  it('fills a new file the same way twice for the same seed', async () => {
    const [a, b] = ['a.sqlite', 'b.sqlite'].map((name) => join(temp.dir, name)) as [string, string];
    const first = await scale(a, '--seed', '5');
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({
      clients: 200,
      years: { from: lastYear - 1, to: lastYear },
    });
    // Progress goes to stderr, so stdout stays one JSON document.
    expect(first.stderr).toMatch(/^demo --scale: 200 z 200 klientů, \d+ řádků, \d+ operací/m);
    expect((await scale(b, '--seed', '5')).code).toBe(0);

    const dumpA = await cli('--db', a, 'dump');
    const dumpB = await cli('--db', b, 'dump');
    expect(dumpA.code).toBe(0);
    expect(dumpB.stdout).toBe(dumpA.stdout);
    const dump = JSON.parse(dumpA.stdout) as Record<string, { name?: string }[]>;
    expect(dump.clients).toHaveLength(200);
    expect(dump.sites![0]!.name).toMatch(/^Ukázka/);

    for (const year of [lastYear - 1, lastYear]) {
      const report = await cli(
        '--db',
        a,
        'report',
        '--from',
        `${year}-01-01`,
        '--to',
        `${year}-12-31`,
      );
      const figures = JSON.parse(report.stdout) as PeriodReport;
      expect(figures.clients).toBeGreaterThanOrEqual(190);
      expect(figures.actsPerClient).toBeGreaterThan(4.5);
      expect(figures.actsPerClient).toBeLessThan(7.5);
      expect(figures.byTown).toHaveLength(5);
    }
  });

  it('gives another data set for another seed', async () => {
    const [c, d] = ['c.sqlite', 'd.sqlite'].map((name) => join(temp.dir, name)) as [string, string];
    await scale(c, '--seed', '5');
    await scale(d, '--seed', '6');
    expect((await cli('--db', d, 'dump')).stdout).not.toBe((await cli('--db', c, 'dump')).stdout);
  });

  it('refuses a database with clients, and changes nothing', async () => {
    const db = join(temp.dir, 'used.sqlite');
    await cli('--db', db, 'init', '--site', 'Centrum', '--town', 'Turnov');
    const add = ['client', 'add', '--family', 'Novák', '--given', 'Jan', '--nationality', 'UA'];
    expect((await cli('--db', db, ...add, '--consent', '2025-01-02')).code).toBe(0);
    const before = (await cli('--db', db, 'dump')).stdout;
    const refused = await scale(db);
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringContaining('prázdné databáze') });
    expect((await cli('--db', db, 'dump')).stdout).toBe(before);
  });

  it('explains wrong numbers and option mixes without creating a file', async () => {
    const db = join(temp.dir, 'never.sqlite');
    const wrong = await cli('--db', db, 'demo', '--scale', 'tři');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('Parametr --scale musí být celé číslo od 1 do 10');
    const years = await cli('--db', db, 'demo', '--scale', '10', '--years', '0');
    expect(years.stderr).toContain('Parametr --years musí být celé číslo od 1 do 30');
    const both = await cli('--db', db, 'demo', '--scale', '10', '--release-2010');
    expect(both).toMatchObject({ code: 2, stderr: expect.stringContaining('právě jedno') });
    const english = await cli('--lang', 'en', '--db', db, 'demo', '--years', '2');
    expect(english.stderr).toContain('Give exactly one of --release-2010 and --scale N.');
    expect(existsSync(db)).toBe(false);
  });
});
