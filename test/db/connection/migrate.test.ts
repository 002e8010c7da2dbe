import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../db/open-app.ts';
import { countRows, createDatabaseAtVersion, migrationNames } from '../../helpers/old-schema.ts';
import { makeTempDir } from '../../helpers/temp-database.ts';

const latest = migrationNames.length;
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function versionOf(file: string, key?: string): number {
  const raw = new Sqlite(file, { fileMustExist: true });
  try {
    if (key) raw.pragma(`key = '${key}'`);
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    return raw.prepare('SELECT count(*) FROM kysely_migration').pluck().get() as number;
  } finally {
    raw.close();
  }
}

const backupsIn = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.bak'));

describe('upgrading the schema', () => {
  it('copies a file with records first, verified, and upgrades it whole', async () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const file = join(temp.dir, 'centre.sqlite');
    const before = await createDatabaseAtVersion(file, latest - 2);
    expect(before.rows.clients).toBe(2);

    const store = await openStore({ file, mode: 'open' });
    expect(countRows(store.sqlite)).toMatchObject(before.rows);
    store.sqlite.close();
    expect(versionOf(file)).toBe(latest);

    const [backup, ...others] = backupsIn(temp.dir);
    expect(others).toEqual([]);
    expect(backup).toMatch(new RegExp(`^centre\\.sqlite\\.v${latest - 2}-\\d{8}-\\d{6}\\.bak$`));
    expect(versionOf(join(temp.dir, backup!))).toBe(latest - 2);
  });

  it('takes no copy of a new file, nor on an open that has nothing to upgrade', async () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const file = join(temp.dir, 'new.sqlite');
    (await openStore({ file, mode: 'create' })).sqlite.close();
    (await openStore({ file, mode: 'open' })).sqlite.close();
    expect(backupsIn(temp.dir)).toEqual([]);
  });

  it('rolls every pending migration back when one fails: the file stays at its version', async () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const file = join(temp.dir, 'old.sqlite');
    // Four pending migrations up to report_summaries, whose report_dirty table is made to clash.
    const from = migrationNames.indexOf('2026_11_24_1300_report_summaries') - 3;
    const before = await createDatabaseAtVersion(file, from);
    // A table the last migration creates, already there: that migration fails at its end.
    const raw = new Sqlite(file);
    raw.exec('CREATE TABLE report_dirty (x)');
    raw.close();
    await expect(openStore({ file, mode: 'open' })).rejects.toThrow(/report_dirty/);
    expect(versionOf(file)).toBe(from);
    const reopened = new Sqlite(file);
    expect(countRows(reopened)).toEqual(before.rows);
    // Nothing of the three migrations that ran before the failing one is left.
    expect(
      reopened
        .prepare("SELECT count(*) FROM sqlite_master WHERE name = 'legacy_refs'")
        .pluck()
        .get(),
    ).toBe(0);
    reopened.close();
  });

  it('keeps an encrypted file’s backup encrypted with the same key', async () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const file = join(temp.dir, 'secret.sqlite');
    const key = 'klíč pobočky';
    // Build an old encrypted file: an old plain one, rekeyed.
    await createDatabaseAtVersion(file, latest - 1);
    const raw = new Sqlite(file);
    raw.pragma(`rekey = '${key}'`);
    raw.close();

    (await openStore({ file, mode: 'open', key })).sqlite.close();
    const [backup] = backupsIn(temp.dir);
    const bytes = readFileSync(join(temp.dir, backup!));
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
    expect(bytes.includes(Buffer.from('Ševčenko'))).toBe(false);
    expect(versionOf(join(temp.dir, backup!), key)).toBe(latest - 1);
  });
});
