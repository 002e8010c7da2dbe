import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.ts';
import { makeTempDir } from '../helpers/temp-database.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A site database and a folder "Jablonec 2009" of legacy CSV files. */
async function setUp(files: Record<string, string>) {
  const temp = makeTempDir();
  cleanup = temp.cleanup;
  const db = join(temp.dir, 'site.sqlite');
  expect(
    (await cli('--db', db, 'init', '--site', 'Jablonec', '--town', 'Jablonec nad Nisou')).code,
  ).toBe(0);
  const folder = join(temp.dir, 'Jablonec 2009');
  mkdirSync(folder);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  writeFileSync(join(folder, 'poznamky.txt'), 'not part of the import');
  return { db, folder };
}

const good = {
  'clients.csv':
    'ref;family_name;given_names;nationality;consent_date\r\n1;Nováková;Jana;UA;1.2.2009\r\n2;Tran;Mai;VN;\r\n',
  'services.csv':
    'client_ref;date;type\r\n1;2.2.2009;interpreting\r\n2;3.2.2009;social_legal_counselling\r\n',
};

describe('pristav import', () => {
  it('imports a folder of CSV files, and again changes nothing', async () => {
    const { db, folder } = await setUp(good);
    const dry = await cli('--db', db, 'import', folder, '--dry-run');
    expect(dry).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(dry.stdout)).toEqual({
      clients: 2,
      services: 2,
      courses: 0,
      lessons: 0,
      attendance: 0,
      tallies: 0,
      unchanged: 0,
    });
    expect(JSON.parse((await cli('--db', db, 'dump')).stdout).clients).toEqual([]);

    const real = await cli('--db', db, 'import', folder);
    expect(real.code).toBe(0);
    expect(JSON.parse(real.stdout)).toMatchObject({ clients: 2, services: 2 });
    const dump = (await cli('--db', db, 'dump')).stdout;
    const clients = JSON.parse(dump).clients as { town: string }[];
    expect(clients).toHaveLength(2);
    // The source is the folder's name: the refs are remembered under it.
    const refs = JSON.parse(dump).legacy_refs as { id: string }[];
    expect(refs.map((ref) => JSON.parse(ref.id)[0])).toEqual(Array(4).fill('Jablonec 2009'));

    const again = await cli('--db', db, 'import', folder);
    expect(JSON.parse(again.stdout)).toMatchObject({ clients: 0, services: 0, unchanged: 4 });
    expect((await cli('--db', db, 'dump')).stdout).toBe(dump);
  });

  it('prints every problem on stderr, exits 1 and leaves the database file as it was', async () => {
    const { db, folder } = await setUp({
      ...good,
      'services.csv': 'client_ref;date;type\r\n1;31.2.2009;interpreting\r\n7;3.2.2009;internet\r\n',
    });
    const before = hash(db);
    const result = await cli('--db', db, '--lang', 'en', 'import', folder);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toEqual([
      'services.csv:2: date: invalid date "31.2.2009" (YYYY-MM-DD or D.M.YYYY)',
      'services.csv:3: client_ref: client "7" is neither in clients.csv nor imported earlier under source "Jablonec 2009"',
      'Problems found: 2; nothing was written.',
    ]);
    expect(hash(db)).toBe(before);
  });

  it('refuses a path that is neither a folder nor a workbook', async () => {
    const { db, folder } = await setUp(good);
    const result = await cli('--db', db, 'import', join(folder, 'clients.csv'));
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `Cesta ${join(folder, 'clients.csv')} není složka se soubory CSV ani sešit .xlsx.`,
    );
    expect((await cli('--db', db, 'import')).code).toBe(2);
  });
});
