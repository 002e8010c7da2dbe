import { describe, expect, it } from 'vitest';
import {
  decodeRowId,
  decodeValue,
  encodeRowId,
  encodeValue,
  isCanonicalUuid,
} from '../../../db/changes/op-encoding.ts';

/*
 * The stored forms of row ids and values (SYNC.md "Compact"): a canonical UUID as its 16 bytes,
 * an attendance pair as 32, anything else as the text it was — and back to exactly that text.
 */

const lesson = '019a2b3c-4d5e-7f60-8a9b-0c1d2e3f4a5b';
const client = '019a2b3c-4d5e-7f60-8a9b-ffffffffffff';

describe('UUIDs in the change log', () => {
  it('stores a canonical UUID as its 16 bytes and gives the same text back', () => {
    const stored = encodeRowId(lesson);
    expect(stored).toEqual(Buffer.from(lesson.replaceAll('-', ''), 'hex'));
    expect(decodeRowId(stored)).toBe(lesson);
    expect(encodeValue(client)).toEqual(Buffer.from(client.replaceAll('-', ''), 'hex'));
    expect(decodeValue(encodeValue(client))).toBe(client);
  });

  it('stores an attendance mark’s lesson:client pair as 32 bytes', () => {
    const pair = `${lesson}:${client}`;
    const stored = encodeRowId(pair);
    expect(stored).toEqual(Buffer.from(`${lesson}${client}`.replaceAll('-', ''), 'hex'));
    expect(decodeRowId(stored)).toBe(pair);
  });

  it('keeps every id or value that is not exactly a canonical UUID as its text', () => {
    const notCanonical = [
      lesson.toUpperCase(),
      lesson.replace('-', ''),
      `${lesson.slice(0, 8)}x${lesson.slice(9)}`,
      `${lesson.slice(0, 35)}g`,
      `${lesson.slice(0, 7)}-${lesson.slice(8)}`.padEnd(36, '0'),
      `${lesson.slice(0, 20)}ž${lesson.slice(21)}`,
      `${lesson}:${client.toUpperCase()}`,
      `${lesson};${client}`,
      `${lesson}:${client}`.replace('-', '+'),
      'report.funding_line',
      '',
    ];
    for (const text of notCanonical) {
      expect(isCanonicalUuid(text)).toBe(false);
      expect(encodeRowId(text)).toBe(text);
      expect(encodeValue(text)).toBe(text);
      expect(decodeRowId(encodeRowId(text))).toBe(text);
    }
    expect(isCanonicalUuid(lesson)).toBe(true);
  });

  it('leaves numbers and null as they are', () => {
    for (const value of [0, 1, 42, -7, 3.5, null]) {
      expect(encodeValue(value)).toBe(value);
      expect(decodeValue(value)).toBe(value);
    }
  });

  it('gives each encoded id bytes of its own (no shared scratch buffer leaks out)', () => {
    const first = encodeRowId(lesson);
    const second = encodeRowId(client);
    expect(decodeRowId(first)).toBe(lesson);
    expect(decodeRowId(second)).toBe(client);
  });
});
