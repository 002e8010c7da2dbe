import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorMessage } from '../../../../db/contract/errors.ts';
import { generateSiteKeys, readSyncFileHeader } from '../../../../db/sync/file/index.ts';
import {
  encodePreamble,
  END_MARKER,
  MAX_HEADER_BYTES,
  PREAMBLE_BYTES,
  SIGNATURE_BYTES,
  TAG_BYTES,
  TRAILER_BYTES,
} from '../../../../db/sync/file/format.ts';
import { makeTempDir } from '../../../helpers/temp-database.ts';
import {
  expectRefused,
  headerLength,
  openAs,
  organisationId,
  patchHeader,
  resign,
  rewrite,
  sites,
  writeFixture,
} from './sync-file-fixtures.ts';

let dir: string;
let cleanup: () => void;
let good: string;
let bytes: Buffer;
beforeAll(async () => {
  ({ dir, cleanup } = makeTempDir());
  good = (await writeFixture(dir, { name: 'good.pristav-sync', count: 20 })).path;
  bytes = readFileSync(good);
});
afterAll(() => cleanup());

const bad = (content: Buffer, name = 'bad.pristav-sync') => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

/** Where each part of the good file starts, for choosing offsets inside it. */
function parts() {
  const ciphertextStart = PREAMBLE_BYTES + headerLength(bytes);
  const tagStart = bytes.length - TRAILER_BYTES;
  return {
    ciphertextStart,
    tagStart,
    signatureStart: tagStart + TAG_BYTES,
    endStart: tagStart + TAG_BYTES + SIGNATURE_BYTES,
  };
}

describe('a damaged or foreign sync file is refused before anything is read from it', () => {
  it('cut at every offset: incomplete, and said so (an empty file is not a sync file)', async () => {
    expect(bytes.length).toBeLessThan(4000);
    for (let length = 0; length < bytes.length; length++) {
      const path = bad(bytes.subarray(0, length));
      const code = length === 0 ? 'SYNC_FILE_NOT_RECOGNISED' : 'SYNC_FILE_TRUNCATED';
      await expectRefused(() => openAs(path), code);
      await expectRefused(() => readSyncFileHeader(path), code);
    }
  });

  it('with one bit flipped anywhere: refused when opened, before any operation', async () => {
    const { ciphertextStart, tagStart, signatureStart, endStart } = parts();
    const seen = new Set<string>();
    for (let position = 0; position < bytes.length; position++) {
      const flipped = Buffer.from(bytes);
      flipped[position]! ^= 1 << (position % 8);
      const error = await expectRefused(
        () => openAs(bad(flipped)),
        [
          'SYNC_FILE_NOT_RECOGNISED',
          'SYNC_FILE_TOO_NEW',
          'SYNC_FILE_TRUNCATED',
          'SYNC_FILE_HEADER_MALFORMED',
          'SYNC_FILE_OTHER_ORGANISATION',
          'SYNC_FILE_WRONG_RECIPIENT',
          'SYNC_FILE_UNKNOWN_SENDER',
          'SYNC_FILE_SIGNATURE_INVALID',
        ],
      );
      if (position >= ciphertextStart && position < endStart)
        expect(error.code, `byte ${position}`).toBe('SYNC_FILE_SIGNATURE_INVALID');
      if (position >= endStart) expect(error.code).toBe('SYNC_FILE_TRUNCATED');
      seen.add(error.code);
    }
    expect(tagStart).toBeGreaterThan(ciphertextStart);
    expect(signatureStart).toBeGreaterThan(tagStart);
    expect([...seen]).toEqual(
      expect.arrayContaining(['SYNC_FILE_NOT_RECOGNISED', 'SYNC_FILE_SIGNATURE_INVALID']),
    );
  });

  it('with a bit flipped and signed again (the sender itself): the GCM tag refuses it', async () => {
    const { ciphertextStart, signatureStart } = parts();
    const key = sites.hq.keys.signing.privateKey;
    for (let position = ciphertextStart; position < signatureStart; position += 3) {
      const flipped = Buffer.from(bytes);
      flipped[position]! ^= 0x80;
      // The signature is right; the tag, checked as the file is opened, is not.
      await expectRefused(() => openAs(bad(resign(flipped, key))), 'SYNC_FILE_CANNOT_DECRYPT');
    }
  });

  it('addressed to another site, or from another organisation', async () => {
    await expectRefused(() => openAs(good, 'lipa'), 'SYNC_FILE_WRONG_RECIPIENT');
    await expectRefused(() => openAs(good, 'hq'), 'SYNC_FILE_WRONG_RECIPIENT');
    const foreign = patchHeader(bytes, organisationId, organisationId.replace(/1$/, '2'));
    await expectRefused(() => openAs(bad(foreign)), 'SYNC_FILE_OTHER_ORGANISATION');
  });

  it('re-addressed to another site: its signature fails, and re-signed it cannot be decrypted', async () => {
    const retargeted = patchHeader(bytes, sites.jablonec.id, sites.lipa.id);
    await expectRefused(() => openAs(bad(retargeted), 'lipa'), 'SYNC_FILE_SIGNATURE_INVALID');
    const resigned = bad(resign(retargeted, sites.hq.keys.signing.privateKey));
    await expectRefused(() => openAs(resigned, 'lipa'), 'SYNC_FILE_CANNOT_DECRYPT');
  });

  it('encrypted to another key than this site holds', async () => {
    const path = (
      await writeFixture(dir, {
        name: 'wrong-key.pristav-sync',
        recipientKey: sites.lipa.keys.agreement.publicKey,
      })
    ).path;
    await expectRefused(() => openAs(path), 'SYNC_FILE_CANNOT_DECRYPT');
  });

  it('signed by a key that is not the sender’s: forged', async () => {
    for (const key of [generateSiteKeys().signing.privateKey, sites.lipa.keys.signing.privateKey]) {
      const path = (await writeFixture(dir, { name: 'forged.pristav-sync', signingKey: key })).path;
      await expectRefused(() => openAs(path), 'SYNC_FILE_SIGNATURE_INVALID');
    }
    const swappedSignature = resign(bytes, sites.jablonec.keys.signing.privateKey);
    await expectRefused(() => openAs(bad(swappedSignature)), 'SYNC_FILE_SIGNATURE_INVALID');
  });

  it('from a site the registry does not know', async () => {
    const stranger = '0190c2d4-0000-7000-8000-0000000000ff';
    const path = bad(patchHeader(bytes, sites.hq.id, stranger));
    const error = await expectRefused(() => openAs(path), 'SYNC_FILE_UNKNOWN_SENDER');
    expect(error.params).toMatchObject({ sender: stranger });
  });

  it('from a newer format: asks for an update, whatever follows the version', async () => {
    const newer = Buffer.from(bytes);
    newer.writeUInt16BE(2, 8);
    const error = await expectRefused(() => openAs(bad(newer)), 'SYNC_FILE_TOO_NEW');
    expect(errorMessage(error.code, 'cs', error.params)).toContain('Aktualizujte aplikaci');
    const short = bad(Buffer.concat([newer.subarray(0, 10), Buffer.from('anything')]));
    await expectRefused(() => openAs(short), 'SYNC_FILE_TOO_NEW');
  });

  it('that is not a sync file at all', async () => {
    const garbage = [
      Buffer.alloc(0),
      randomBytes(5000),
      Buffer.from('Příjmení;Jméno\nNguyễn;Văn An\n', 'utf8'),
      Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
      Buffer.from('PK\x03\x04 a zip file', 'latin1'),
    ];
    for (const content of garbage)
      await expectRefused(() => openAs(bad(content)), 'SYNC_FILE_NOT_RECOGNISED');
  });

  it('with a header that is not a sync header', async () => {
    const framed = (header: Buffer, length = header.length) =>
      Buffer.concat([
        encodePreamble(length),
        header,
        randomBytes(TRAILER_BYTES - END_MARKER.length),
        END_MARKER,
      ]);
    const json = JSON.parse(
      bytes.subarray(PREAMBLE_BYTES, PREAMBLE_BYTES + headerLength(bytes)).toString(),
    ) as Record<string, unknown>;
    const cases: [Buffer, string][] = [
      [Buffer.from('not json at all'), 'JSON'],
      [Buffer.from([0xc3, 0x28, 0x7b, 0x7d]), 'UTF-8'],
      [Buffer.from(JSON.stringify({ ...json, familyName: 'Petráček' })), 'header'],
      [
        Buffer.from(JSON.stringify({ ...json, recipientSiteId: json.senderSiteId })),
        'recipientSiteId',
      ],
      [Buffer.from(JSON.stringify({ ...json, counts: { operations: -1 } })), 'counts.operations'],
      [
        Buffer.from(JSON.stringify({ ...json, ranges: [{ site: sites.hq.id, from: 5, to: 2 }] })),
        'ranges.0',
      ],
    ];
    for (const [header, detail] of cases) {
      const error = await expectRefused(
        () => openAs(bad(framed(header))),
        'SYNC_FILE_HEADER_MALFORMED',
      );
      expect(error.params.detail).toBe(detail);
    }
    const tooLong = encodePreamble(MAX_HEADER_BYTES + 1);
    const error = await expectRefused(
      () => openAs(bad(Buffer.concat([tooLong, randomBytes(200), END_MARKER]))),
      'SYNC_FILE_HEADER_MALFORMED',
    );
    expect(error.params.detail).toBe('length');
  });

  it('names the file in Czech and in English', async () => {
    const path = rewrite(
      good,
      (content) => content.subarray(0, 100),
      join(dir, 'cut.pristav-sync'),
    );
    const error = await expectRefused(() => openAs(path), 'SYNC_FILE_TRUNCATED');
    expect(errorMessage(error.code, 'cs', error.params)).toBe(
      `Soubor ${path} je neúplný – nejspíš se nedokopíroval. Zkopírujte ho znovu.`,
    );
    expect(errorMessage(error.code, 'en', error.params)).toContain(path);
  });
});
