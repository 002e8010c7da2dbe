import { describe, expect, it } from 'vitest';
import { PersonSet } from '../../../db/reports/person-set.ts';

describe('a set of people by rowid', () => {
  it('counts each rowid once, growing past its first size', () => {
    const people = new PersonSet();
    for (const person of [1, 31, 32, 1, 8_191, 8_192, 1_000_000, 31, 1_000_000]) people.add(person);
    expect(people.size).toBe(6);
  });

  it('keeps rowids beyond the bitmap in a plain set, each counted once', () => {
    const people = new PersonSet();
    for (const person of [2 ** 40, 2 ** 40, 2 ** 27, 2 ** 27 - 1, 5]) people.add(person);
    expect(people.size).toBe(4);
  });
});
