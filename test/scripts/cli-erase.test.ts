import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.ts';
import { makeTempDir } from '../helpers/temp-database.ts';

describe('pristav client erase', () => {
  const temp = makeTempDir();
  const db = join(temp.dir, 'hq.sqlite');
  afterAll(() => temp.cleanup());

  it('erases at HQ with a reason, prints what it did, and leaves no byte of the name', async () => {
    await cli('--db', db, 'init', '--site', 'Centrála', '--town', 'Liberec', '--hq');
    const added = await cli(
      '--db',
      db,
      'client',
      'add',
      '--family',
      'Quetzalcoatlová',
      '--nationality',
      'MX',
    );
    const id = (JSON.parse(added.stdout) as { id: string }).id;
    await cli('--db', db, 'service', 'add', '--client', id, '--type', 'internet');
    expect(
      readFileSync(db).includes('Quetzalcoatlová') ||
        readFileSync(`${db}-wal`).includes('Quetzalcoatlová'),
    ).toBe(true);
    const noReason = await cli('--db', db, 'client', 'erase', id);
    expect(noReason.code).toBe(2);
    const erased = await cli(
      '--db',
      db,
      'client',
      'erase',
      id,
      '--reason',
      'žádost subjektu údajů',
    );
    expect(erased.stderr).toBe('');
    expect(JSON.parse(erased.stdout)).toMatchObject({ erased: [id], actsKept: 1 });
    const bytes = Buffer.concat([readFileSync(db), readFileSync(`${db}-wal`, { flag: 'a+' })]);
    expect(bytes.includes('Quetzalcoatlov')).toBe(false);
    const search = await cli('--db', db, 'client', 'search', 'Quetzalcoatlova');
    expect(JSON.parse(search.stdout)).toEqual([]);
  });
});
