import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  readKeyFile,
  unwrapWithPassword,
  writeKeyFile,
} from '../../../../db/security/database-keys/key-file.ts';
import { cliWith } from '../../../helpers/run-cli.ts';
import { makeTempDir } from '../../../helpers/temp-database.ts';
import { admin, filesUnder, name, ok } from './encryption-fixture.ts';

/*
 * Issue 12 point 3: a database made with `init --password` is encrypted, and so is every file
 * the app writes beside it or elsewhere (WAL, backups, sync files). A client's name is looked
 * for in every file under the data folder, the backup folder, the sync outbox and the folder a
 * report was exported to: it is in none of them.
 */
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('encrypted at rest', () => {
  it('holds a client’s name in no file on disk: database, WAL, key file, backups, sync files, exports', async () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const data = join(temp.dir, 'data');
    const outbox = join(temp.dir, 'outbox');
    const exports = join(temp.dir, 'exports');
    for (const dir of [data, outbox, exports]) mkdirSync(dir);
    const db = join(data, 'pristav.sqlite');
    const as = ['--db', db] as const;

    await ok(
      {},
      ...as,
      'init',
      '--site',
      'Centrum Liberec',
      '--town',
      'Liberec',
      '--hq',
      '--admin',
      admin.PRISTAV_USER,
      '--password',
      admin.PRISTAV_PASSWORD,
    );
    expect(readFileSync(db).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\u0000');

    const client = await ok<{ id: string }>(
      admin,
      ...as,
      'client',
      'add',
      '--family',
      name,
      '--given',
      'Xochitl',
      '--nationality',
      'MX',
    );
    await ok(
      admin,
      ...as,
      'service',
      'add',
      '--client',
      client.id,
      '--type',
      'interpreting',
      '--minutes',
      '30',
      '--note',
      `Tlumočení pro paní ${name}`,
    );
    await ok(admin, ...as, 'backup');
    const enrolled = await ok<{ site: { id: string }; passphrase: string }>(
      admin,
      ...as,
      'sync',
      'enrol',
      '--site',
      'Jablonec',
      '--town',
      'Jablonec',
      '--out',
      join(outbox, 'jablonec.pristav-enrol'),
    );
    await ok(admin, ...as, 'sync', 'export', '--to', enrolled.site.id, '--out', outbox);
    // A branch made from the enrolment file (which carries the register) is encrypted as well.
    const branch = join(temp.dir, 'branch');
    mkdirSync(branch);
    await ok(
      {},
      ...['--db', join(branch, 'pristav.sqlite'), 'init'],
      ...['--enrolment', join(outbox, 'jablonec.pristav-enrol')],
      ...['--passphrase', enrolled.passphrase, '--admin', 'Jan', '--password', 'pobocka-2026'],
    );
    const atBranch = await ok<{ rows: { displayName: string }[] }>(
      { PRISTAV_USER: 'Jan', PRISTAV_PASSWORD: 'pobocka-2026' },
      ...['--db', join(branch, 'pristav.sqlite'), 'call', 'clients.list', '{}'],
    );
    expect(atBranch.rows.map((row) => row.displayName).join()).toContain(name);
    await ok(
      admin,
      ...as,
      'report',
      '--from',
      '2020-01-01',
      '--to',
      '2030-12-31',
      '--out',
      join(exports, 'report.json'),
    );
    // The name is there for whoever signs in…
    const found = await ok<{ rows: { displayName: string }[] }>(
      admin,
      ...as,
      'call',
      'clients.list',
      '{}',
    );
    expect(found.rows.map((row) => row.displayName).join()).toContain(name);

    // …and in no file: the UTF-8 bytes, and the plain ASCII stem (no diacritics, a search index).
    const files = [data, outbox, exports, join(temp.dir, 'branch')].flatMap(filesUnder);
    expect(files.some((file) => file.includes(join(data, 'backups')))).toBe(true);
    // The key file goes with the backups (an encrypted backup opens only with the key).
    expect(files).toContain(join(data, 'backups', 'pristav-centrum-liberec.keys.json'));
    expect(files).toContain(join(data, 'pristav.sqlite.keys.json'));
    for (const file of files) {
      const bytes = readFileSync(file);
      expect({ file, has: bytes.includes(Buffer.from(name, 'utf8')) }).toEqual({
        file,
        has: false,
      });
      expect({ file, has: bytes.includes(Buffer.from('Quetzalcoatl', 'utf8')) }).toEqual({
        file,
        has: false,
      });
    }

    // Without the key the file does not open: one Czech line, nothing changed.
    const before = hash(db);
    const noKey = await cliWith({ PRISTAV_DB_KEY: 'hádám' }, ...as, 'info');
    expect(noKey.code).toBe(1);
    expect(noKey.stderr).toMatch(
      /^Soubor .* není databáze Přístavu, je poškozený, nebo byl zadán nesprávný klíč\.$/,
    );
    const wrong = await cliWith({ ...admin, PRISTAV_PASSWORD: 'spatne' }, ...as, 'info');
    expect(wrong).toMatchObject({ code: 1, stdout: '', stderr: 'Nesprávné jméno nebo heslo.' });
    const nobody = await cliWith(
      { PRISTAV_USER: 'Nikdo', PRISTAV_PASSWORD: 'spravce-2026' },
      ...as,
      'info',
    );
    expect(nobody.stderr).toBe('Nesprávné jméno nebo heslo.');
    expect(hash(db)).toBe(before);
  });

  it('a user added later opens the database with their own password; a disabled one no longer', async () => {
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
    await ok(
      admin,
      ...as,
      'user',
      'add',
      '--name',
      'Radka Recepční',
      '--role',
      'receptionist',
      '--password',
      '123456',
    );
    const radka = { PRISTAV_USER: 'radka recepcni', PRISTAV_PASSWORD: '123456' };
    expect(await ok(radka, ...as, 'call', 'session.status', '{}')).toMatchObject({
      user: { name: 'Radka Recepční' },
    });
    // A new password replaces her entry: the old one no longer opens the file.
    await ok(
      admin,
      ...as,
      'call',
      'users.setPassword',
      JSON.stringify({ userName: 'Radka Recepční', password: '654321' }),
    );
    expect((await cliWith(radka, ...as, 'info')).stderr).toBe('Nesprávné jméno nebo heslo.');
    radka.PRISTAV_PASSWORD = '654321';
    expect(await ok(radka, ...as, 'call', 'session.status', '{}')).toMatchObject({
      user: { name: 'Radka Recepční' },
    });
    await ok(admin, ...as, 'user', 'disable', 'Radka Recepční');
    expect((await cliWith(radka, ...as, 'info')).stderr).toBe('Nesprávné jméno nebo heslo.');
  });
});

describe('a user without an entry in the key file', () => {
  it('gets one at the first sign-in to the open database (a user from another office)', async () => {
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
    await ok(
      admin,
      ...as,
      'user',
      'add',
      '--name',
      'Radka',
      '--role',
      'receptionist',
      '--password',
      '123456',
    );
    const keys = `${db}.keys.json`;
    const file = readKeyFile(keys)!;
    const key = (await unwrapWithPassword(file, admin.PRISTAV_USER, admin.PRISTAV_PASSWORD))!;
    writeKeyFile(keys, {
      ...file,
      entries: file.entries.filter((entry) => entry.nameKey !== 'radka'),
    });
    const radka = { PRISTAV_USER: 'Radka', PRISTAV_PASSWORD: '123456' };
    expect((await cliWith(radka, ...as, 'info')).stderr).toBe('Nesprávné jméno nebo heslo.');
    // Someone opened the file (here with the key itself); Radka signs in…
    await ok({ ...radka, PRISTAV_DB_KEY: key }, ...as, 'info');
    // …and from then on her password opens it.
    expect(await ok(radka, ...as, 'call', 'session.status', '{}')).toMatchObject({
      user: { name: 'Radka' },
    });
  });
});
