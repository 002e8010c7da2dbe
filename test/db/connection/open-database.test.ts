import { createHash } from 'node:crypto';
import { existsSync, openSync, readFileSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import {
  checkIntegrityInBackground,
  checkIntegrityNow,
} from '../../../db/connection/integrity-check.ts';
import { openStore } from '../../../db/open-app.ts';
import { PristavError } from '../../../db/errors.ts';
import { makeTempDir, openTempStore } from '../../helpers/temp-database.ts';

const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function expectCode(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(PristavError);
  expect((error as PristavError).code).toBe(code);
}

/** A database with enough rows to span many pages, closed so everything is in the main file. */
async function makeFilledDatabase(dir: string): Promise<string> {
  const file = join(dir, 'filled.sqlite');
  const store = await openStore({ file, mode: 'create' });
  const insert = store.sqlite.prepare('INSERT INTO local_meta (key, value) VALUES (?, ?)');
  store.sqlite.transaction(() => {
    for (let i = 0; i < 2000; i++) insert.run(`key-${i}`, 'x'.repeat(200));
  })();
  store.sqlite.close();
  return file;
}

describe('opening a database', () => {
  it('sets the pragmas this data needs', async () => {
    const temp = await openTempStore({ withSite: false });
    cleanup = temp.close;
    const pragma = (name: string) => temp.store.sqlite.pragma(name, { simple: true });
    expect(pragma('journal_mode')).toBe('wal');
    expect(pragma('synchronous')).toBe(2); // FULL
    expect(pragma('foreign_keys')).toBe(1);
    expect(pragma('secure_delete')).toBe(1);
    const strict = temp.store.sqlite
      .prepare(
        "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND strict = 0 AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'kysely_%'",
      )
      .all();
    expect(strict).toEqual([]);
  });

  it('refuses a missing file in open mode and creates nothing', async () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const file = join(temp.dir, 'missing.sqlite');
    await expectCode(openStore({ file, mode: 'open' }), 'DB_NOT_FOUND');
    expect(existsSync(file)).toBe(false);
  });

  it('refuses a path whose folder does not exist', async () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    await expectCode(
      openStore({ file: join(temp.dir, 'no', 'such', 'x.sqlite'), mode: 'open-or-create' }),
      'DB_FOLDER_NOT_FOUND',
    );
  });

  it('refuses a file that is not a database and leaves it byte for byte', async () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const file = join(temp.dir, 'notes.sqlite');
    writeFileSync(file, 'Toto není databáze, jen poznámky.\n'.repeat(500));
    const before = hash(file);
    await expectCode(openStore({ file, mode: 'open' }), 'DB_UNREADABLE');
    expect(hash(file)).toBe(before);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('opens a damaged file at once; the check after start finds it, stops writes, changes nothing', async () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const file = await makeFilledDatabase(temp.dir);
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, 4096 * 5); // overwrite page 6
    closeSync(fd);
    const before = hash(file);
    const store = await openStore({ file, mode: 'open' });
    try {
      expect(store.health).toEqual({ state: 'unchecked' });
      const health = await checkIntegrityInBackground(store);
      expect(health).toMatchObject({ state: 'failed' });
      expect(store.health).toBe(health);
      expect(() =>
        store.sqlite.prepare("INSERT INTO local_meta (key, value) VALUES ('x', 'y')").run(),
      ).toThrow(expect.objectContaining({ code: 'SQLITE_READONLY' }));
    } finally {
      store.sqlite.close();
    }
    expect(hash(file)).toBe(before);
  });

  it('finds a healthy file healthy, in the background and on demand', async () => {
    const temp = await openTempStore();
    cleanup = temp.close;
    expect(await checkIntegrityInBackground(temp.store)).toMatchObject({ state: 'ok' });
    expect(checkIntegrityNow(temp.store)).toMatchObject({ state: 'ok' });
    temp.store.sqlite.prepare("INSERT INTO local_meta (key, value) VALUES ('x', 'y')").run();
  });

  it('refuses a database from a newer schema version and leaves it byte for byte', async () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const file = await makeFilledDatabase(temp.dir);
    const raw = new Sqlite(file);
    raw
      .prepare('INSERT INTO kysely_migration (name, timestamp) VALUES (?, ?)')
      .run('2099_01_01_0000_from_the_future', new Date().toISOString());
    raw.close();
    const before = hash(file);
    await expectCode(openStore({ file, mode: 'open' }), 'DB_TOO_NEW');
    expect(hash(file)).toBe(before);
  });

  it('refuses to create over an existing file', async () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const file = await makeFilledDatabase(temp.dir);
    const before = hash(file);
    await expectCode(openStore({ file, mode: 'create' }), 'DB_ALREADY_EXISTS');
    expect(hash(file)).toBe(before);
  });

  it('encrypts the file when given a key, and refuses a wrong key', async () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const file = join(temp.dir, 'secret.sqlite');
    const store = await openStore({ file, mode: 'create', key: 'správné heslo' });
    store.sqlite
      .prepare("INSERT INTO local_meta (key, value) VALUES ('probe', 'Nguyễn Văn An')")
      .run();
    store.sqlite.close();
    expect(readFileSync(file).includes(Buffer.from('SQLite format 3'))).toBe(false);
    expect(readFileSync(file).includes(Buffer.from('Nguy'))).toBe(false);
    await expectCode(openStore({ file, mode: 'open', key: 'špatné heslo' }), 'DB_UNREADABLE');
    await expectCode(openStore({ file, mode: 'open' }), 'DB_UNREADABLE');
    const reopened = await openStore({ file, mode: 'open', key: 'správné heslo' });
    expect(
      reopened.sqlite.prepare("SELECT value FROM local_meta WHERE key = 'probe'").get(),
    ).toEqual({
      value: 'Nguyễn Văn An',
    });
    reopened.sqlite.close();
  });
});
