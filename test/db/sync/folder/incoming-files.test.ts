import { copyFileSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scanSyncFolder } from '../../../../db/sync/folder/incoming-files.ts';
import { makeTempDir } from '../../../helpers/temp-database.ts';
import { sites, writeFixture } from '../file/sync-file-fixtures.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const jablonec = (imported: string[] = []) => ({
  siteId: sites.jablonec.id,
  isImported: (fileId: string) => imported.includes(fileId),
});

/**
 * A sync folder as a file-sync engine (Syncthing, Nextcloud) leaves it, simulated in a temp
 * folder — no engine runs: files under temporary names that are renamed when complete, a file
 * still arriving, conflict copies of the same file, files for other sites, and junk.
 */
describe('the files of a sync folder this site imports', () => {
  it('takes whole files addressed to this site once, and leaves the rest with a reason', async () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const dir = temp.dir;
    const first = await writeFixture(dir, { name: 'hq-1.pristav-sync', count: 5 });
    const second = await writeFixture(dir, { name: 'hq-2.pristav-sync', count: 3 });
    await writeFixture(dir, { name: 'hq-to-lipa.pristav-sync', count: 2, to: 'lipa' });
    const done = await writeFixture(dir, { name: 'hq-0.pristav-sync', count: 1 });

    // Syncthing's conflict copy of the second file, Nextcloud's of the first.
    copyFileSync(
      join(dir, 'hq-2.pristav-sync'),
      join(dir, 'hq-2.sync-conflict-20261202-101500-ABCDEFG.pristav-sync'),
    );
    copyFileSync(
      join(dir, 'hq-1.pristav-sync'),
      join(dir, 'hq-1 (conflicted copy 2026-12-02 101500).pristav-sync'),
    );
    // A file still being copied under its final name: the first half of a whole one.
    const whole = readFileSync(join(dir, 'hq-1.pristav-sync'));
    writeFileSync(join(dir, 'arriving.pristav-sync'), whole.subarray(0, whole.length >> 1));
    // Temporary names of an engine and of our own writer, complete or not: never read.
    copyFileSync(join(dir, 'hq-1.pristav-sync'), join(dir, '.syncthing.hq-3.pristav-sync.tmp'));
    copyFileSync(join(dir, 'hq-1.pristav-sync'), join(dir, '.hq-4.pristav-sync'));
    writeFileSync(join(dir, 'notes.pristav-sync'), 'Toto není soubor Přístavu.');
    writeFileSync(join(dir, 'readme.txt'), 'jiný soubor');

    const scan = await scanSyncFolder(dir, jablonec([done.header.fileId]));
    expect(scan.files.map((file) => file.name)).toEqual(['hq-1.pristav-sync', 'hq-2.pristav-sync']);
    expect(scan.files.map((file) => file.header.fileId)).toEqual([
      first.header.fileId,
      second.header.fileId,
    ]);
    expect(Object.fromEntries(scan.skipped.map((skip) => [skip.name, skip.reason]))).toEqual({
      'arriving.pristav-sync': 'incomplete',
      'hq-0.pristav-sync': 'imported',
      'hq-to-lipa.pristav-sync': 'otherRecipient',
      'notes.pristav-sync': 'unreadable',
      'hq-1 (conflicted copy 2026-12-02 101500).pristav-sync': 'copy',
      'hq-2.sync-conflict-20261202-101500-ABCDEFG.pristav-sync': 'copy',
    });
  });

  it('takes a file once the engine renames it into place, and a conflict copy alone', async () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const dir = temp.dir;
    await writeFixture(dir, { name: '.syncthing.hq-5.pristav-sync.tmp', count: 4 });
    expect((await scanSyncFolder(dir, jablonec())).files).toEqual([]);
    renameSync(join(dir, '.syncthing.hq-5.pristav-sync.tmp'), join(dir, 'hq-5.pristav-sync'));
    expect((await scanSyncFolder(dir, jablonec())).files.map((file) => file.name)).toEqual([
      'hq-5.pristav-sync',
    ]);
    // Only the copy survived (the original was deleted at one end): it is the file.
    renameSync(
      join(dir, 'hq-5.pristav-sync'),
      join(dir, 'hq-5.sync-conflict-20261202-101500-ABCDEFG.pristav-sync'),
    );
    expect((await scanSyncFolder(dir, jablonec())).files).toHaveLength(1);
  });
});
