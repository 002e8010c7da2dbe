import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PREAMBLE_BYTES } from '../../../../db/sync/file/format.ts';
import { makeTempDir } from '../../../helpers/temp-database.ts';
import { headerLength, operation, readAll, writeFixture } from './sync-file-fixtures.ts';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

const names = ['Nguyễn Văn An', 'Petráček', 'Đặng Thị Hoa', 'Бат-Эрдэнэ'];

/** Every form a name could leak in: UTF-8, UTF-16, folded to ASCII, JSON-escaped. */
function forms(name: string): Buffer[] {
  const folded = name.normalize('NFD').replace(/\p{Mn}/gu, '');
  return [
    Buffer.from(name, 'utf8'),
    Buffer.from(name.normalize('NFD'), 'utf8'),
    Buffer.from(name, 'utf16le'),
    Buffer.from(folded, 'utf8'),
    Buffer.from(
      JSON.stringify(name)
        .slice(1, -1)
        .replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
      'utf8',
    ),
  ].filter((form) => form.length >= 6);
}

describe('what a sync file shows to whoever finds the stick', () => {
  it('holds no name in any form, while the recipient reads them all', async () => {
    const ops = names.flatMap((name, index) => [
      { ...operation(index * 3 + 1), column: 'family_name', value: name },
      { ...operation(index * 3 + 2), column: 'note', value: `Klient ${name} přišel s tlumočníkem` },
      { ...operation(index * 3 + 3), column: 'given_names', value: name.toUpperCase() },
    ]);
    const written = await writeFixture(dir, { count: ops.length, ops });
    const raw = readFileSync(written.path);

    // The detector works: it finds every form in an unencrypted copy of the same operations.
    const plain = Buffer.from(ops.map((op) => JSON.stringify(op)).join('\n'), 'utf8');
    for (const name of names) {
      expect(plain.includes(Buffer.from(name, 'utf8'))).toBe(true);
      for (const form of forms(name))
        expect(raw.includes(form), `${name}: ${form.toString('hex')}`).toBe(false);
      for (const form of forms(name.toUpperCase())) expect(raw.includes(form)).toBe(false);
    }
    expect(await readAll(written.path)).toEqual(ops);
  });

  it('has a header of ids, counters and key material only', async () => {
    const written = await writeFixture(dir, {
      count: 3,
      ops: [1, 2, 3].map((n) => operation(n, names[0])),
    });
    const raw = readFileSync(written.path);
    const header = JSON.parse(
      raw.subarray(PREAMBLE_BYTES, PREAMBLE_BYTES + headerLength(raw)).toString('utf8'),
    ) as Record<string, unknown>;
    expect(Object.keys(header).sort()).toEqual(
      [
        'counts',
        'createdAt',
        'ephemeralPublicKey',
        'fileId',
        'nonce',
        'organisationId',
        'ranges',
        'recipientSiteId',
        'schemaVersion',
        'senderSiteId',
        'vector',
      ].sort(),
    );
    // Every string in it is an id, a timestamp or base64url key material.
    const strings = JSON.stringify(header).match(/"[^"]*"/g) ?? [];
    for (const text of strings.map((quoted) => quoted.slice(1, -1)))
      expect(text).toMatch(
        /^([0-9a-f-]{36}|[A-Za-z]+|[0-9T:.Z-]{20,24}|[A-Za-z0-9_-]{16}|[A-Za-z0-9_-]{43})$/,
      );
  });
});
