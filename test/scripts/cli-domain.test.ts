import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.ts';
import { makeTempDir } from '../helpers/temp-database.ts';

/** The CLI's domain commands: client, service and report (INTERFACES.md). */
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

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
    ).toMatch(/nelze vypsat na terminál; zadejte --out SOUBOR/);
  });
});
