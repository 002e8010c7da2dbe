import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TRAILER_BYTES } from '../../../../db/sync/file/format.ts';
import { makeTempDir } from '../../../helpers/temp-database.ts';
import { expectRefused, openAs, writeFixture } from './sync-file-fixtures.ts';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

async function drain(operations: AsyncIterable<unknown>) {
  const seen: unknown[] = [];
  for await (const op of operations) seen.push(op);
  return seen;
}

describe('a sync file that changes after it was opened', () => {
  it('rewritten in place (a share, a hostile hand): the pass throws at its end', async () => {
    const { path } = await writeFixture(dir, { count: 40 });
    const reader = await openAs(path);
    const bytes = readFileSync(path);
    bytes[bytes.length - TRAILER_BYTES - 5]! ^= 0x10;
    writeFileSync(path, bytes); // same inode: the open handle sees the change
    await expectRefused(() => drain(reader.operations()), 'SYNC_FILE_SIGNATURE_INVALID');
    await reader.close();
  });

  it('cut short in place: the pass reports it incomplete', async () => {
    const { path } = await writeFixture(dir, { count: 40 });
    const reader = await openAs(path);
    writeFileSync(path, readFileSync(path).subarray(0, 200));
    await expectRefused(() => drain(reader.operations()), 'SYNC_FILE_TRUNCATED');
    await reader.close();
  });

  it('replaced by a rename (how sync engines write): the open file is read unchanged', async () => {
    const { path } = await writeFixture(dir, { count: 40 });
    const other = await writeFixture(dir, { name: 'other', count: 3 });
    const reader = await openAs(path);
    renameSync(other.path, path);
    expect(await drain(reader.operations())).toHaveLength(40);
    await reader.close();
    const reopened = await openAs(join(dir, 'file.pristav-sync'));
    expect(await drain(reopened.operations())).toHaveLength(3);
    await reopened.close();
  });

  it('counted without parsing (a writer’s read-back): the same checks, the same refusals', async () => {
    const { path } = await writeFixture(dir, { count: 40 });
    const reader = await openAs(path);
    expect(await reader.countRecords()).toBe(40);
    const pages = [];
    for await (const page of reader.pages()) pages.push(page);
    expect(pages.flat()).toEqual(await drain(reader.operations()));
    const bytes = readFileSync(path);
    bytes[bytes.length - TRAILER_BYTES - 5]! ^= 0x10;
    writeFileSync(path, bytes);
    await expectRefused(() => reader.countRecords(), 'SYNC_FILE_SIGNATURE_INVALID');
    writeFileSync(path, readFileSync(path).subarray(0, 200));
    await expectRefused(() => reader.countRecords(), 'SYNC_FILE_TRUNCATED');
    await reader.close();
  });
});
