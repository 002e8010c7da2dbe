import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/temp-database.ts';
import { cli, cliWith } from '../helpers/run-cli.ts';

/*
 * INTERFACES.md "People, backups and erasure": once users have passwords every command acts as
 * a named user (--user or PRISTAV_USER, the password from PRISTAV_PASSWORD), and a command the
 * role may not run exits 1 with one line naming the role and the action.
 */
describe('the CLI as a named user', () => {
  const temp = makeTempDir();
  const db = join(temp.dir, 'centrum.sqlite');
  const as = (user: string, password = 'heslo-správce') => ({
    PRISTAV_USER: user,
    PRISTAV_PASSWORD: password,
  });
  afterAll(() => temp.cleanup());

  beforeAll(async () => {
    const init = await cli(
      '--db',
      db,
      'init',
      '--site',
      'Centrum Liberec',
      '--town',
      'Liberec',
      '--hq',
      '--admin',
      'Petra Nováková',
      '--password',
      'heslo-správce',
    );
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
  });

  it('refuses every command without a user, and with a wrong password, in one line', async () => {
    const anonymous = await cli('--db', db, 'client', 'search', 'Nguyen');
    expect(anonymous.code).toBe(1);
    expect(anonymous.stderr).toContain('--user');
    const wrong = await cliWith(as('Petra Nováková', 'špatně'), '--db', db, 'info');
    expect(wrong).toMatchObject({ code: 1, stderr: 'Nesprávné jméno nebo heslo.' });
  });

  it('user add / list / disable, by an admin; the others may not', async () => {
    const added = await cliWith(
      as('petra novakova'),
      '--db',
      db,
      'user',
      'add',
      '--name',
      'Radka Recepční',
      '--role',
      'receptionist',
      '--password',
      '123456',
    );
    expect(added.stderr).toBe('');
    expect(JSON.parse(added.stdout)).toMatchObject({
      name: 'Radka Recepční',
      role: 'receptionist',
      hasPassword: true,
    });
    const short = await cliWith(
      as('Petra Nováková'),
      '--db',
      db,
      'user',
      'add',
      '--name',
      'Lenka',
      '--role',
      'lecturer',
      '--password',
      '123',
    );
    expect(short.code).toBe(1);
    expect(short.stderr).toContain('PIN aspoň 6 číslic');
    const list = await cliWith(
      as('Petra Nováková'),
      '--user',
      'Petra Nováková',
      '--db',
      db,
      'user',
      'list',
    );
    expect((JSON.parse(list.stdout) as { name: string }[]).map((user) => user.name)).toEqual([
      'Petra Nováková',
      'Radka Recepční',
    ]);
    const byReceptionist = await cliWith(
      { PRISTAV_PASSWORD: '123456' },
      '--user',
      'Radka Recepční',
      '--db',
      db,
      'user',
      'list',
    );
    expect(byReceptionist.code).toBe(1);
    expect(byReceptionist.stderr).toBe(
      'Uživatel Radka Recepční s rolí Recepce nesmí spravovat uživatele (users.list).',
    );
  });

  it('a receptionist registers a client but may not report, sync or dump confidential notes', async () => {
    const radka = { PRISTAV_USER: 'Radka Recepční', PRISTAV_PASSWORD: '123456' };
    const added = await cliWith(
      radka,
      '--db',
      db,
      'client',
      'add',
      '--family',
      'Nguyễn',
      '--given',
      'Lan',
      '--nationality',
      'VN',
      '--consent',
      '2026-01-05',
    );
    expect(added.code).toBe(0);
    const id = (JSON.parse(added.stdout) as { id: string }).id;
    const note = 'Důvěrné: řeší rozvod.';
    const act = await cliWith(
      as('Petra Nováková'),
      '--db',
      db,
      'service',
      'add',
      '--client',
      id,
      '--type',
      'social_legal_counselling',
      '--note',
      note,
    );
    expect(act.code).toBe(0);
    const report = await cliWith(
      radka,
      '--db',
      db,
      'report',
      '--from',
      '2026-01-01',
      '--to',
      '2026-12-31',
    );
    expect(report).toMatchObject({ code: 1 });
    expect(report.stderr).toContain('s rolí Recepce nesmí sestavovat přehledy');
    const sync = await cliWith(radka, '--db', db, 'sync', 'status');
    expect(sync.stderr).toContain('nesmí synchronizovat pracoviště (sync.status)');
    const dump = await cliWith(radka, '--db', db, 'dump');
    expect(dump.code).toBe(0);
    expect(dump.stdout).not.toContain('rozvod');
    expect(dump.stdout).not.toMatch(/scrypt\$/);
    const adminDump = await cliWith(as('Petra Nováková'), '--db', db, 'dump');
    expect(adminDump.stdout).toContain('rozvod');
  });

  it('user disable stops a user signing in', async () => {
    const disabled = await cliWith(
      as('Petra Nováková'),
      '--db',
      db,
      'user',
      'disable',
      'Radka Recepční',
    );
    expect(JSON.parse(disabled.stdout)).toMatchObject({ isDisabled: true });
    const after = await cliWith(
      { PRISTAV_USER: 'Radka Recepční', PRISTAV_PASSWORD: '123456' },
      '--db',
      db,
      'info',
    );
    expect(after).toMatchObject({ code: 1, stderr: 'Nesprávné jméno nebo heslo.' });
  });
});
