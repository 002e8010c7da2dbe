import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  openSyncFile,
  readSyncFileHeader,
  SYNC_FILE_FORMAT_VERSION,
  verifySyncFile,
} from '../../../../db/sync/file/index.ts';
import { makeTempDir } from '../../../helpers/temp-database.ts';
import {
  headerFields,
  openAs,
  operation,
  organisationId,
  readAll,
  sites,
  writeFixture,
} from './sync-file-fixtures.ts';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

describe('a sync file written and read back', () => {
  it('carries no operations at all', async () => {
    const written = await writeFixture(dir, { count: 0 });
    expect(await readAll(written.path)).toEqual([]);
    expect(written.header.counts.operations).toBe(0);
    expect(written.bytes).toBe(statSync(written.path).size);
  });

  it('carries one operation exactly, with its header readable without any key', async () => {
    const op = { ...operation(1), value: { nested: ['ž', null, 1.5, true] } };
    const written = await writeFixture(dir, { count: 1, ops: [op] });
    expect(await readAll(written.path)).toEqual([op]);

    const header = await readSyncFileHeader(written.path);
    expect(header).toEqual(written.header);
    expect(header).toMatchObject({ ...headerFields(1), organisationId });
    expect(header.fileId).toMatch(/^[0-9a-f-]{36}$/);
    expect(header.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(Buffer.from(header.ephemeralPublicKey, 'base64url')).toHaveLength(32);
    expect(Buffer.from(header.nonce, 'base64url')).toHaveLength(12);
    expect(SYNC_FILE_FORMAT_VERSION).toBe(1);
  });

  it('streams 50 000 operations both ways without holding them', async () => {
    const count = 50_000;
    const make = (counter: number) => ({ ...operation(counter), row: randomUUID() });
    const sent = createHash('sha256');
    let tempSizeMidway = -1;
    async function* produce() {
      for (let counter = 1; counter <= count; counter++) {
        if (counter === 40_000) {
          // The writer must have written part of the file before it has seen every operation.
          const temp = readdirSync(dir).find((name) => name.endsWith('.tmp'));
          tempSizeMidway = temp ? statSync(join(dir, temp)).size : -1;
        }
        const op = make(counter);
        sent.update(JSON.stringify(op));
        yield op;
      }
    }
    const written = await writeFixture(dir, { count, ops: produce() });
    expect(tempSizeMidway).toBeGreaterThan(written.bytes / 4);

    let read = 0;
    let progressAtFirst = -1;
    let progressAtHalf = -1;
    const reader = await openSyncFile(written.path, {
      organisationId,
      recipientSiteId: sites.jablonec.id,
      recipientAgreementKey: sites.jablonec.keys.agreement.privateKey,
      senderSigningKey: () => sites.hq.keys.signing.publicKey,
      onProgress: (bytes) => (read = bytes),
    });
    const received = createHash('sha256');
    let counter = 0;
    read = 0;
    for await (const op of reader.operations()) {
      // The first operation arrives while most of the file is still unread.
      if (counter === 0) progressAtFirst = read;
      if (counter === count / 2) progressAtHalf = read;
      expect((op as { counter: number }).counter).toBe(++counter);
      received.update(JSON.stringify(op));
    }
    await reader.close();
    expect(counter).toBe(count);
    expect(received.digest('hex')).toBe(sent.digest('hex'));
    expect(progressAtFirst).toBeGreaterThan(0);
    expect(progressAtFirst).toBeLessThan(written.bytes / 4);
    // Halfway through the operations, about half the file has been read: it keeps pace.
    expect(progressAtHalf).toBeGreaterThan(written.bytes / 4);
    expect(progressAtHalf).toBeLessThan((written.bytes * 3) / 4);
  });

  it('reads the same operations on every pass, and can stop a pass early', async () => {
    const written = await writeFixture(dir, { count: 30 });
    const reader = await openAs(written.path);
    const first: unknown[] = [];
    for await (const op of reader.operations()) {
      first.push(op);
      if (first.length === 3) break;
    }
    const second: unknown[] = [];
    for await (const op of reader.operations()) second.push(op);
    await reader.close();
    expect(first).toEqual(second.slice(0, 3));
    expect(second).toHaveLength(30);
  });

  it('checks a whole file without keeping its operations', async () => {
    const written = await writeFixture(dir, { count: 12 });
    const checked = await verifySyncFile(written.path, {
      organisationId,
      recipientSiteId: sites.jablonec.id,
      recipientAgreementKey: sites.jablonec.keys.agreement.privateKey,
      senderSigningKey: () => sites.hq.keys.signing.publicKey,
    });
    expect(checked).toEqual({ header: written.header, operations: 12 });
  });

  it('gives every file its own one-time key and nonce', async () => {
    const a = await writeFixture(dir, { name: 'a', count: 2 });
    const b = await writeFixture(dir, { name: 'b', count: 2 });
    expect(a.header.fileId).not.toBe(b.header.fileId);
    expect(a.header.ephemeralPublicKey).not.toBe(b.header.ephemeralPublicKey);
    expect(a.header.nonce).not.toBe(b.header.nonce);
  });
});
