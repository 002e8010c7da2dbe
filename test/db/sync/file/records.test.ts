import { describe, expect, it } from 'vitest';
import { MAX_RECORD_BYTES } from '../../../../db/sync/file/format.ts';
import { createRecordParser, serialiseRecords } from '../../../../db/sync/file/records.ts';

async function serialise(ops: unknown[]) {
  const count = { operations: 0 };
  const chunks: Buffer[] = [];
  for await (const chunk of serialiseRecords(ops, count)) chunks.push(Buffer.from(chunk));
  return { bytes: Buffer.concat(chunks), chunks, count: count.operations };
}

function parseIn(bytes: Buffer, chunkSize: number, parse = true) {
  const parser = createRecordParser({ parse });
  const out: unknown[] = [];
  for (let at = 0; at < bytes.length; at += chunkSize)
    out.push(...parser.push(bytes.subarray(at, at + chunkSize)));
  parser.end();
  return out;
}

describe('the payload records', () => {
  const ops = [
    { a: 1 },
    'text with\nnewline and \u2028',
    null,
    [1, 2, 3],
    { name: 'Nguyễn Văn An', emoji: '🙂', lone: '\ud800' },
    0,
  ];

  it('parse back the same whatever the chunk boundaries', async () => {
    const { bytes, count } = await serialise(ops);
    expect(count).toBe(ops.length);
    for (const size of [1, 2, 3, 5, 7, 64, bytes.length])
      expect(parseIn(bytes, size)).toEqual(JSON.parse(JSON.stringify(ops)));
  });

  it('come in bounded chunks, and a long record whole', async () => {
    const long = 'x'.repeat(300_000);
    const { chunks, bytes } = await serialise([
      ...Array.from({ length: 5000 }, (_, i) => ({ i })),
      long,
    ]);
    expect(chunks.length).toBeGreaterThan(2);
    for (const chunk of chunks.slice(0, -1)) expect(chunk.length).toBeLessThanOrEqual(64 * 1024);
    const parsed = parseIn(bytes, 4096);
    expect(parsed.at(-1)).toBe(long);
    expect(parsed).toHaveLength(5001);
  });

  it('refuse a payload that ends inside a record, or a record over the limit', async () => {
    const { bytes } = await serialise([{ a: 1 }]);
    expect(() => parseIn(bytes.subarray(0, bytes.length - 1), 3)).toThrow(/inside a record/);
    const huge = Buffer.alloc(4);
    huge.writeUInt32BE(MAX_RECORD_BYTES + 1);
    expect(() => createRecordParser().push(huge)).toThrow(/limit/);
  });

  it('only framed and counted, without parsing, for a read-back', async () => {
    const { bytes } = await serialise(ops);
    for (const size of [1, 5, bytes.length]) {
      expect(parseIn(bytes, size, false)).toEqual(ops.map(() => null));
    }
    // Not JSON at all: framing alone does not look inside a record.
    const framed = Buffer.concat([Buffer.from([0, 0, 0, 3]), Buffer.from('{{{')]);
    expect(parseIn(framed, 2, false)).toEqual([null]);
    expect(() => parseIn(framed, 2)).toThrow(SyntaxError);
    expect(() => parseIn(framed.subarray(0, 6), 2, false)).toThrow(/inside a record/);
  });
});
