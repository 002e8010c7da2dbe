import { syncedTables } from '../../db/changes/synced-tables.ts';
import { knownSchemaVersion } from '../../db/migrations/index.ts';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.ts';
import { makeTempDir } from '../helpers/temp-database.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

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
    expect(Object.keys(parsed.sites![0]!)).toEqual([
      'agreement_key',
      'deleted',
      'enrolled_on',
      'id',
      'is_hq',
      'is_revoked',
      'name',
      'signing_key',
      'town',
    ]);
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
