import Sqlite from 'better-sqlite3-multiple-ciphers';
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.ts';
import { makeTempDir } from '../helpers/temp-database.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('pristav check', () => {
  it('reads every page: ok on a sound file, one Czech line and exit 1 on a damaged one', async () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const db = join(temp.dir, 'centre.sqlite');
    expect((await cli('--db', db, 'init', '--site', 'Centrum', '--town', 'Liberec')).code).toBe(0);
    expect((await cli('--db', db, 'demo', '--release-2010')).code).toBe(0);

    const sound = await cli('--db', db, 'check');
    expect(sound.code).toBe(0);
    expect(JSON.parse(sound.stdout)).toMatchObject({ state: 'ok' });
    expect((await cli('--db', db, 'check', '--quick')).code).toBe(0);

    // Damage a page that neither opening nor `info` reads (info counts the change log, so the
    // page is one of the acts', found by name: where the tables lie depends on their sizes).
    const reader = new Sqlite(db, { readonly: true });
    const page = reader
      .prepare("SELECT max(pageno) FROM dbstat WHERE name = 'service_acts'")
      .pluck()
      .get() as number;
    reader.close();
    const fd = openSync(db, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, 4096 * (page - 1));
    closeSync(fd);
    expect((await cli('--db', db, 'info')).code).toBe(0);
    const damaged = await cli('--db', db, 'check');
    expect(damaged.code).toBe(1);
    expect(damaged.stderr).toMatch(
      /^Databáze .* je poškozená \(kontrola integrity: .+\)\. Obnovte/,
    );
  });
});
