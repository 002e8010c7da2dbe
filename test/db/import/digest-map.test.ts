import { hash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DigestMap } from '../../../db/import/digest-map.ts';

describe('DigestMap', () => {
  it('keeps a value per key through many doublings of its table', () => {
    const map = new DigestMap();
    for (let i = 0; i < 20_000; i++) map.set(`ref ${i}`, i + 1);
    expect(map.size).toBe(20_000);
    for (let i = 0; i < 20_000; i += 997) expect(map.get(`ref ${i}`)).toBe(i + 1);
    expect(map.get('ref 20000')).toBe(0);
    expect(map.has('ref 19999')).toBe(true);
    map.set('ref 5', 77);
    expect([map.get('ref 5'), map.size]).toEqual([77, 20_000]);
  });

  it('takes a digest computed before as the same key as its text', () => {
    const map = new DigestMap();
    map.set(hash('sha256', 'K1\n17', 'buffer'), 3);
    expect(map.get('K1\n17')).toBe(3);
    expect(map.get('K1\n18')).toBe(0);
  });

  it('refuses values it cannot hold (0 means no value)', () => {
    const map = new DigestMap();
    for (const value of [0, -1, 1.5, 2 ** 32])
      expect(() => map.set('x', value)).toThrow(RangeError);
  });
});
