import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackupList, BackupTaken, RestoreResult } from '../../db/contract/backups.ts';
import { cli } from '../helpers/run-cli.ts';
import { makeTempDir } from '../helpers/temp-database.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

async function ok<T = unknown>(...argv: string[]): Promise<T> {
  const result = await cli(...argv);
  if (result.code !== 0) throw new Error(`${argv.join(' ')}: ${result.code} ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}

async function addClient(db: string, family: string) {
  await ok(
    '--db',
    db,
    'client',
    'add',
    '--family',
    family,
    '--given',
    'Anna',
    '--nationality',
    'VN',
  );
}

async function families(db: string): Promise<string[]> {
  const found = await ok<{ rows: { displayName: string }[] }>(
    '--db',
    db,
    'call',
    'clients.list',
    '{}',
  );
  return found.rows.map((row) => row.displayName).sort();
}

describe('pristav backup, backup list, restore', () => {
  it('takes, lists and restores; refuses another organisation’s backup with one line', async () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const db = join(temp.dir, 'centrum.sqlite');
    await ok('--db', db, 'init', '--site', 'Centrum Liberec', '--town', 'Liberec', '--hq');
    await addClient(db, 'Nguyen');
    await addClient(db, 'Petráček');

    const taken = await ok<BackupTaken>('--db', db, 'backup');
    expect(taken.backup).toMatchObject({ reason: 'manual', counts: { clients: 2 } });
    expect(taken.backup.file).toBe(join(temp.dir, 'backups', taken.backup.name));
    const stick = join(temp.dir, 'stick');
    mkdirSync(stick);
    const elsewhere = await ok<BackupTaken>('--db', db, 'backup', '--to', stick);
    expect(readdirSync(stick)).toEqual([elsewhere.backup.name]);
    const listed = await ok<BackupList>('--db', db, 'backup', 'list');
    expect(listed).toMatchObject({ folder: join(temp.dir, 'backups'), isDefaultFolder: true });
    expect(listed.backups).toHaveLength(1);

    await addClient(db, 'Později');
    const restored = await ok<RestoreResult>('--db', db, 'restore', taken.backup.file);
    expect(restored.keptAside).toMatch(/centrum\.before-restore-\d{8}-\d{6}\.sqlite$/);
    expect(existsSync(restored.keptAside!)).toBe(true);
    expect(await families(db)).toEqual(['Nguyen Anna', 'Petráček Anna']);

    const other = join(temp.dir, 'most.sqlite');
    await ok('--db', other, 'init', '--site', 'Centrum Most', '--town', 'Most', '--hq');
    const foreign = await ok<BackupTaken>('--db', other, 'backup');
    const before = hash(db);
    const refused = await cli('--db', db, 'restore', foreign.backup.file);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(
      `Záloha ${foreign.backup.file} patří jiné organizaci; toto pracoviště z ní obnovit nelze. Nic nebylo změněno.`,
    );
    expect(hash(db)).toBe(before);

    expect((await cli('--db', db, 'restore')).code).toBe(2);
    expect((await cli('--db', db, 'backup', 'now')).code).toBe(2);
  });

  it('restores a database whose first page is destroyed, which cannot even be opened', async () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const db = join(temp.dir, 'centrum.sqlite');
    await ok('--db', db, 'init', '--site', 'Centrum Liberec', '--town', 'Liberec', '--hq');
    await addClient(db, 'Nguyen');
    const taken = await ok<BackupTaken>('--db', db, 'backup');
    const fd = openSync(db, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, 0);
    closeSync(fd);
    const broken = await cli('--db', db, 'info');
    expect(broken.code).toBe(1);

    const restored = await ok<RestoreResult>('--db', db, 'restore', taken.backup.file);
    expect(restored.restored.counts?.clients).toBe(1);
    expect(await families(db)).toEqual(['Nguyen Anna']);
    // The destroyed file is kept aside as it was.
    expect(readFileSync(restored.keptAside!).subarray(0, 16).equals(Buffer.alloc(16, 0xa5))).toBe(
      true,
    );
  });

  it('backs up before `sync import`, once per command, and not for a dry run', async () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const hq = join(temp.dir, 'hq.sqlite');
    const branchDir = join(temp.dir, 'branch');
    mkdirSync(branchDir);
    const branch = join(branchDir, 'jablonec.sqlite');
    await ok('--db', hq, 'init', '--site', 'Centrála Liberec', '--town', 'Liberec', '--hq');
    const enrolment = join(temp.dir, 'jablonec.pristav-enrol');
    const enrolled = await ok<{ site: { id: string }; passphrase: string }>(
      '--db',
      hq,
      'sync',
      'enrol',
      '--site',
      'Jablonec',
      '--town',
      'Jablonec',
      '--out',
      enrolment,
    );
    await ok('--db', branch, 'init', '--enrolment', enrolment, '--passphrase', enrolled.passphrase);
    await addClient(hq, 'Nguyen');
    const outbox = join(temp.dir, 'outbox');
    mkdirSync(outbox);
    const exported = await ok<{ files: { path: string }[] }>(
      '--db',
      hq,
      'sync',
      'export',
      '--to',
      enrolled.site.id,
      '--out',
      outbox,
    );
    const files = exported.files.map((file) => file.path);
    const backups = join(branchDir, 'backups');
    const syncBackups = () =>
      existsSync(backups)
        ? readdirSync(backups).filter((name) => /-sync(-\d+)?\.sqlite$/.test(name))
        : [];

    await ok('--db', branch, 'sync', 'import', ...files, '--dry-run');
    expect(syncBackups()).toEqual([]);
    await ok('--db', branch, 'sync', 'import', ...files);
    expect(syncBackups()).toHaveLength(1);
  });
});
