import { syncedTables } from '../../db/changes/synced-tables.ts';
import { knownSchemaVersion } from '../../db/migrations/index.ts';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../scripts/cli/run-cli.ts';
import { makeTempDir } from '../helpers/temp-database.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    env: {},
  });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('the pristav command line', () => {
  it('creates a site database, reports on it and dumps canonical JSON', async () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const db = join(temp.dir, 'hq.sqlite');
    const init = await cli(
      '--db',
      db,
      'init',
      '--site',
      'Centrum Liberec',
      '--town',
      'Liberec',
      '--hq',
    );
    expect(init.code).toBe(0);
    expect(JSON.parse(init.stdout)).toMatchObject({ name: 'Centrum Liberec', isHq: true });

    const info = await cli('info', '--db', db);
    expect(JSON.parse(info.stdout)).toMatchObject({
      site: 'Centrum Liberec',
      town: 'Liberec',
      role: 'HQ',
      schemaVersion: knownSchemaVersion,
      counts: { sites: 1, users: 1 },
    });

    const set = await cli('--db', db, 'call', 'settings.set', '{"organisationName":"Centrum"}');
    expect(set.code).toBe(0);
    const dump = await cli('--db', db, 'dump');
    const parsed = JSON.parse(dump.stdout) as Record<string, Record<string, unknown>[]>;
    expect(Object.keys(parsed)).toEqual(Object.keys(syncedTables).sort());
    expect(Object.keys(parsed.sites![0]!)).toEqual(['deleted', 'id', 'is_hq', 'name', 'town']);
    expect(parsed.settings).toEqual([{ deleted: 0, id: 'organisationName', value: 'Centrum' }]);
    // Canonical: dumping twice gives the same bytes.
    expect((await cli('--db', db, 'dump')).stdout).toBe(dump.stdout);
  });

  it('refuses invalid input with one Czech line, exit 1, and leaves no file', async () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const db = join(temp.dir, 'x.sqlite');
    const result = await cli('--db', db, 'init', '--site', ' ', '--town', 'Liberec');
    expect(result).toMatchObject({
      code: 1,
      stderr: 'Neplatné údaje: Název pracoviště: povinný údaj',
    });
    expect(existsSync(db)).toBe(false);
  });

  it('exits 2 with usage for a wrong command or option, 1 for a missing database', async () => {
    expect((await cli('frobnicate')).code).toBe(2);
    expect((await cli('info', '--bogus')).code).toBe(2);
    expect((await cli('--db', '/nonexistent/x.sqlite', 'call', 'app.info', '{oops')).code).toBe(2);
    const missing = await cli('--db', '/nonexistent/x.sqlite', 'info');
    expect(missing).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'Databáze /nonexistent/x.sqlite neexistuje. Založte ji příkazem init nebo v aplikaci.',
    });
    const english = await cli('--lang', 'en', '--db', '/nonexistent/x.sqlite', 'info');
    expect(english.stderr).toBe(
      'Database /nonexistent/x.sqlite does not exist. Create it with the init command or in the app.',
    );
  });

  it('refuses a file that is not a database, unchanged, and never creates over an existing one', async () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const db = join(temp.dir, 'broken.sqlite');
    writeFileSync(db, Buffer.alloc(8192, 7));
    const before = hash(db);
    const info = await cli('--db', db, 'info');
    expect(info.code).toBe(1);
    expect(info.stderr).toMatch(/není databáze Přístavu/);
    const init = await cli('--db', db, 'init', '--site', 'A', '--town', 'B');
    expect(init.stderr).toMatch(/už existuje/);
    expect(hash(db)).toBe(before);
  });

  it('runs as a process with the documented exit codes and a single stderr line', () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [join(import.meta.dirname, '../../scripts/cli.ts'), ...args], {
        encoding: 'utf8',
      });
    const missing = run('--db', '/nonexistent/x.sqlite', 'info');
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(run('nonsense').status).toBe(2);
  });
});

describe('client commands', () => {
  it('adds, searches and lists duplicates as JSON, with Czech errors', async () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const db = join(temp.dir, 'clients.sqlite');
    await cli('--db', db, 'init', '--site', 'Centrum', '--town', 'Liberec', '--hq');
    const added = await cli(
      '--db',
      db,
      'client',
      'add',
      '--family',
      'Nguyễn',
      '--given',
      'Văn An',
      '--nationality',
      'Vietnam',
      '--birth',
      '1990-05-12',
      '--status',
      'trvalý pobyt',
      '--sex',
      'M',
    );
    expect(added.code).toBe(0);
    expect(JSON.parse(added.stdout)).toMatchObject({
      familyName: 'Nguyễn',
      nationality: 'VN',
      residenceStatus: 'permanent',
      isConsentPending: true,
    });
    await cli(
      '--db',
      db,
      'client',
      'add',
      '--family',
      'Nguyen',
      '--given',
      'Van An',
      '--nationality',
      'VN',
      '--birth',
      '1990-05-12',
      '--consent',
      '2026-11-20',
    );
    const found = await cli('--db', db, 'client', 'search', 'nguyen', 'van');
    expect((JSON.parse(found.stdout) as unknown[]).length).toBe(2);
    const duplicates = await cli('--db', db, 'client', 'duplicates');
    expect(JSON.parse(duplicates.stdout)).toMatchObject([{ score: 100 }]);
    const bad = await cli(
      '--db',
      db,
      'client',
      'add',
      '--family',
      'X',
      '--nationality',
      'Atlantida',
    );
    expect(bad).toMatchObject({
      code: 1,
      stderr: 'Neplatné údaje: Státní příslušnost: neznámá země',
    });
    expect((await cli('--db', db, 'client', 'frob')).code).toBe(2);
    expect((await cli('--db', db, 'info', '--family', 'X')).code).toBe(2);
  });
});

describe('service commands', () => {
  it('records an act with service add, and refuses a bad one', async () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const db = join(temp.dir, 'acts.sqlite');
    await cli('--db', db, 'init', '--site', 'Pobočka', '--town', 'Turnov');
    const added = await cli(
      '--db',
      db,
      'client',
      'add',
      '--family',
      'Ivanov',
      '--nationality',
      'Ruská federace',
    );
    const { id } = JSON.parse(added.stdout) as { id: string };
    const act = await cli(
      '--db',
      db,
      'service',
      'add',
      '--client',
      id,
      '--type',
      'interpreting',
      '--minutes',
      '30',
      '--note',
      'OAMP',
    );
    expect(act.code).toBe(0);
    expect(JSON.parse(act.stdout)).toMatchObject({
      clientId: id,
      town: 'Turnov',
      minutes: 30,
      type: 'interpreting',
    });
    const bad = await cli(
      '--db',
      db,
      'service',
      'add',
      '--client',
      id,
      '--type',
      'internet',
      '--minutes',
      'many',
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^Neplatné údaje: Minuty/);
    expect((await cli('--db', db, 'service', 'add', '--type', 'internet')).code).toBe(2);
  });
});

describe('report command', () => {
  it('prints the period report as JSON, or writes it to a file', async () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const db = join(temp.dir, 'report.sqlite');
    await cli('--db', db, 'init', '--site', 'Centrum', '--town', 'Liberec', '--hq');
    const added = await cli(
      '--db',
      db,
      'client',
      'add',
      '--family',
      'Batbayar',
      '--nationality',
      'MN',
      '--consent',
      '2026-01-01',
    );
    const { id } = JSON.parse(added.stdout) as { id: string };
    await cli(
      '--db',
      db,
      'service',
      'add',
      '--client',
      id,
      '--type',
      'internet',
      '--date',
      '2026-03-01',
    );
    const result = await cli('--db', db, 'report', '--from', '2026-01-01', '--to', '2026-12-31');
    expect(JSON.parse(result.stdout)).toMatchObject({
      clients: 1,
      acts: 1,
      byNationality: [{ country: 'MN', clients: 1 }],
      byTown: [{ town: 'Liberec', clients: 1, acts: 1 }],
    });
    const out = join(temp.dir, 'report.json');
    expect(
      (await cli('--db', db, 'report', '--from', '2026-01-01', '--to', '2026-12-31', '--out', out))
        .code,
    ).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ acts: 1 });
    expect((await cli('--db', db, 'report', '--from', '2026-01-01')).code).toBe(2);
    expect(
      (
        await cli(
          '--db',
          db,
          'report',
          '--from',
          '2026-01-01',
          '--to',
          '2026-12-31',
          '--format',
          'xlsx',
        )
      ).stderr,
    ).toMatch(/zatím není k dispozici/);
  });
});
