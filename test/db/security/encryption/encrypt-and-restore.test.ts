import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cliWith } from '../../../helpers/run-cli.ts';
import { makeTempDir } from '../../../helpers/temp-database.ts';
import { admin, filesUnder, name, ok } from './encryption-fixture.ts';

/* Issue 12 point 3: converting a plain database once, and restoring an encrypted one that is lost. */

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('pristav encrypt', () => {
  it('converts a plain database once, after a verified backup, which it then removes', async () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const db = join(temp.dir, 'pristav.sqlite');
    const as = ['--db', db] as const;
    await ok({}, ...as, 'init', '--site', 'Centrum', '--town', 'Liberec', '--hq');
    await ok({}, ...as, 'client', 'add', '--family', name, '--nationality', 'MX');
    await ok({}, ...as, 'backup');
    const refused = await cliWith({}, ...as, 'encrypt');
    expect(refused.stderr).toContain('jen správce přihlášený heslem');
    await ok({}, ...as, 'call', 'users.setPassword', '{"password":"spravce-2026"}');
    const correct = { PRISTAV_USER: 'Správce', PRISTAV_PASSWORD: 'spravce-2026' };

    const result = await ok<{ encrypted: string; removedPlainBackup: string }>(
      correct,
      ...as,
      'encrypt',
    );
    expect(result.encrypted).toBe(db);
    expect(result.removedPlainBackup).toMatch(/-manual(-\d+)?\.sqlite$/);
    expect(existsSync(result.removedPlainBackup)).toBe(false);
    for (const file of filesUnder(temp.dir).filter((path) => !path.includes('backups'))) {
      expect({ file, has: readFileSync(file).includes(Buffer.from(name)) }).toEqual({
        file,
        has: false,
      });
    }
    const found = await ok<{ rows: { displayName: string }[] }>(
      correct,
      ...as,
      'call',
      'clients.list',
      '{}',
    );
    expect(found.rows.map((row) => row.displayName).join()).toContain(name);
    expect((await cliWith(correct, ...as, 'encrypt')).stderr).toContain('už je zašifrovaná');
  });
});

describe('restoring an encrypted database that is lost', () => {
  it('unwraps the key from the copy with the backups and puts the key file back', async () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const db = join(temp.dir, 'pristav.sqlite');
    const as = ['--db', db] as const;
    await ok(
      {},
      ...as,
      'init',
      '--site',
      'Centrum',
      '--town',
      'Liberec',
      '--hq',
      '--admin',
      admin.PRISTAV_USER,
      '--password',
      admin.PRISTAV_PASSWORD,
    );
    await ok(admin, ...as, 'client', 'add', '--family', name, '--nationality', 'MX');
    const taken = await ok<{ backup: { file: string } }>(admin, ...as, 'backup');
    for (const file of [db, `${db}.keys.json`]) rmSync(file);

    const wrong = await cliWith(
      { ...admin, PRISTAV_PASSWORD: 'spatne' },
      ...as,
      'restore',
      taken.backup.file,
    );
    expect(wrong).toMatchObject({ code: 1, stderr: 'Nesprávné jméno nebo heslo.' });
    expect(existsSync(db)).toBe(false);

    await ok(admin, ...as, 'restore', taken.backup.file);
    expect(existsSync(`${db}.keys.json`)).toBe(true);
    const found = await ok<{ rows: { displayName: string }[] }>(
      admin,
      ...as,
      'call',
      'clients.list',
      '{}',
    );
    expect(found.rows.map((row) => row.displayName).join()).toContain(name);
  });
});
