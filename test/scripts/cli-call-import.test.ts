import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.ts';
import { makeTempDir } from '../helpers/temp-database.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function siteDatabase() {
  const temp = makeTempDir();
  cleanup = temp.cleanup;
  const db = join(temp.dir, 'site.sqlite');
  expect((await cli('--db', db, 'init', '--site', 'Turnov', '--town', 'Turnov')).code).toBe(0);
  return db;
}

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const clientsCsv = 'ref;family_name;given_names;nationality\r\n1;Nováková;Jana;UA\r\n';

describe('pristav call import.start', () => {
  it('waits for the import to end and prints its status; the rows are in the database', async () => {
    const db = await siteDatabase();
    const input = {
      source: 'Turnov 2009',
      files: [{ name: 'clients.csv', base64: base64(clientsCsv) }],
      dryRun: false,
    };
    const result = await cli('--db', db, 'call', 'import.start', JSON.stringify(input));
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(result.stdout)).toMatchObject({
      state: 'done',
      dryRun: false,
      counts: { clients: 1 },
      problems: [],
    });
    const dump = JSON.parse((await cli('--db', db, 'dump')).stdout) as {
      clients: { family_name: string }[];
    };
    expect(dump.clients.map((client) => client.family_name)).toEqual(['Nováková']);
  });

  it('prints the problems of a refused import and exits 1, writing nothing', async () => {
    const db = await siteDatabase();
    const before = (await cli('--db', db, 'dump')).stdout;
    const input = {
      source: 'Turnov 2009',
      files: [{ name: 'clients.csv', base64: base64('ref;family_name;nationality\r\n1;;UA\r\n') }],
      dryRun: false,
    };
    const result = await cli('--db', db, 'call', 'import.start', JSON.stringify(input));
    expect(result.code).toBe(1);
    const status = JSON.parse(result.stdout) as { state: string; problems: { text: string }[] };
    expect(status.state).toBe('failed');
    expect(status.problems.map((problem) => problem.text)).toEqual([
      'clients.csv:2: family_name: povinný údaj',
    ]);
    expect(result.stderr).not.toBe('');
    expect((await cli('--db', db, 'dump')).stdout).toBe(before);
  });

  it('refuses import.status and import.cancel, whose job cannot outlive the command (exit 2)', async () => {
    const db = await siteDatabase();
    const result = await cli('--db', db, 'call', 'import.status', '{"jobId":"x"}');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('call import.start na konec importu počká');
    expect(result.stderr).toContain('pristav import CESTA');
  });
});
