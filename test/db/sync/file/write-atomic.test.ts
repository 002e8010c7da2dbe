import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeSyncFile } from '../../../../db/sync/file/index.ts';
import { makeTempDir } from '../../../helpers/temp-database.ts';
import {
  headerFields,
  operation,
  operations,
  readAll,
  sites,
  writeFixture,
} from './sync-file-fixtures.ts';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

const target = () => join(dir, 'to-jablonec.pristav-sync');

function write(options: {
  count: number;
  ops: Iterable<unknown> | AsyncIterable<unknown>;
  signal?: AbortSignal;
  path?: string;
}) {
  return writeSyncFile({
    path: options.path ?? target(),
    header: headerFields(options.count),
    operations: options.ops,
    senderSigningKey: sites.hq.keys.signing.privateKey,
    recipientAgreementKey: sites.jablonec.keys.agreement.publicKey,
    ...(options.signal ? { signal: options.signal } : {}),
  });
}

describe('writing a sync file: all of it under its name, or nothing', () => {
  it('leaves exactly the finished file, no temporary one', async () => {
    await write({ count: 5, ops: operations(5) });
    expect(readdirSync(dir)).toEqual(['to-jablonec.pristav-sync']);
  });

  it('leaves nothing when the operations fail midway (after a lot was written)', async () => {
    async function* failing() {
      yield* operations(30_000);
      throw new Error('database went away');
    }
    await expect(write({ count: 40_000, ops: failing() })).rejects.toThrow('database went away');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('leaves nothing when the count differs from the header, either way', async () => {
    await expect(write({ count: 5, ops: operations(4) })).rejects.toThrow(/announces 5/);
    await expect(write({ count: 5, ops: operations(6) })).rejects.toThrow(/announces 5/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('leaves nothing when cancelled', async () => {
    const controller = new AbortController();
    async function* slow() {
      for (const op of operations(10_000)) {
        if (op.counter === 5_000) controller.abort();
        yield op;
      }
    }
    await expect(write({ count: 10_000, ops: slow(), signal: controller.signal })).rejects.toThrow(
      /abort/i,
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses an operation that is not JSON, or a bad header, before leaving anything', async () => {
    await expect(write({ count: 2, ops: [operation(1), { value: 10n }] })).rejects.toThrow();
    await expect(write({ count: 1, ops: [undefined] })).rejects.toThrow(/JSON/);
    await expect(
      writeSyncFile({
        path: target(),
        header: { ...headerFields(0), recipientSiteId: sites.hq.id },
        operations: [],
        senderSigningKey: sites.hq.keys.signing.privateKey,
        recipientAgreementKey: sites.jablonec.keys.agreement.publicKey,
      }),
    ).rejects.toThrow(/recipientSiteId/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses keys of the wrong kind (a public key to sign, a signing key to encrypt to)', async () => {
    await expect(
      writeSyncFile({
        path: target(),
        header: headerFields(0),
        operations: [],
        senderSigningKey: sites.hq.keys.signing.publicKey,
        recipientAgreementKey: sites.jablonec.keys.agreement.publicKey,
      }),
    ).rejects.toThrow(/ed25519 private/);
    await expect(
      writeSyncFile({
        path: target(),
        header: headerFields(0),
        operations: [],
        senderSigningKey: sites.hq.keys.signing.privateKey,
        recipientAgreementKey: sites.jablonec.keys.signing.publicKey,
      }),
    ).rejects.toThrow(/x25519 public/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('keeps an earlier file of the same name intact when a new write fails', async () => {
    await writeFixture(dir, { name: 'to-jablonec.pristav-sync', count: 3 });
    const before = readFileSync(target());
    async function* failing() {
      yield operation(1);
      throw new Error('disk full');
    }
    await expect(write({ count: 3, ops: failing() })).rejects.toThrow('disk full');
    expect(readFileSync(target()).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['to-jablonec.pristav-sync']);
    expect(await readAll(target())).toHaveLength(3);
  });

  it('fails cleanly when the target folder does not exist', async () => {
    await expect(
      write({ count: 1, ops: operations(1), path: join(dir, 'missing', 'file.pristav-sync') }),
    ).rejects.toMatchObject({ code: 'ENOENT' });
    expect(readdirSync(dir)).toEqual([]);
  });
});
