import { describe, expect, it } from 'vitest';
import {
  blockOf,
  forEachComboIn,
  packBlock,
  unpackBlock,
} from '../../../db/summaries/summary-blob.ts';

const months = (counts: Record<number, number>) =>
  Array.from({ length: 12 }, (_, index) => counts[index + 1] ?? 0);

describe('a block of clients’ year of acts, packed', () => {
  const clients = [
    {
      clientRowid: 513,
      person: 900,
      entries: [
        { combo: 70_000, acts: months({ 1: 3, 12: 100_000 }) },
        { combo: 2, acts: months({ 5: 1 }) },
        { combo: 9, acts: months({}) },
      ],
    },
    { clientRowid: 512, person: 512, entries: [{ combo: 2, acts: months({ 12: 2 }) }] },
    { clientRowid: 600, person: 600, entries: [{ combo: 4, acts: months({}) }] },
  ];

  it('unpacks to what was packed, in rowid and combo order, without empty months or clients', () => {
    const packed = packBlock(clients);
    expect(unpackBlock(packed)).toEqual([
      clients[1],
      { ...clients[0], entries: [clients[0]!.entries[1], clients[0]!.entries[0]] },
    ]);
    // Per client 10 bytes, per entry 6, per month with acts 4.
    expect(packed.byteLength).toBe(10 + 6 + 4 + (10 + 6 + 4 + 6 + 8));
    expect(unpackBlock(packBlock([]))).toEqual([]);
  });

  it('sums each client’s acts per combo over the months asked for, skipping combos without any', () => {
    const packed = packBlock(clients);
    const seen: [number, number, number][] = [];
    const collect = (mask: number) => {
      seen.length = 0;
      forEachComboIn(packed, mask, (person, combo, acts) => seen.push([person, combo, acts]));
      return [...seen];
    };
    expect(collect(1 << 11)).toEqual([
      [512, 2, 2],
      [900, 70_000, 100_000],
    ]);
    expect(collect(0xfff)).toEqual([
      [512, 2, 2],
      [900, 2, 1],
      [900, 70_000, 100_003],
    ]);
    expect(collect((1 << 1) | (1 << 2))).toEqual([]);
  });

  it('puts 256 consecutive rowids in a block', () => {
    expect([0, 255, 256, 511, 512].map(blockOf)).toEqual([0, 0, 1, 1, 2]);
  });
});
