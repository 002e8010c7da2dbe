import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ref } from './fuzz-refs.ts';
import { edgeDays } from './odd-values.ts';
import { applyMutation, extreme, mutated, placesOf, type Mutation } from './mutate.ts';

const input = { id: ref('client', 3), marks: [{ date: '2010-03-01', n: 2 }], note: 'a' };

function replace(at: number): Mutation {
  return {
    kind: 'replace',
    at,
    text: 'TEXT',
    date: '9999-12-31',
    time: '24:00',
    number: NaN,
    other: null,
  };
}

describe('mutations of a valid input', () => {
  it('see every place, a ref as one place', () => {
    expect(placesOf(input)).toEqual([
      [],
      ['id'],
      ['marks'],
      ['marks', 0],
      ['marks', 0, 'date'],
      ['marks', 0, 'n'],
      ['note'],
    ]);
  });

  it('replace a value with an odd one of its own kind, leaving the original as it was', () => {
    expect(applyMutation(input, replace(1))).toEqual({ ...input, id: 'TEXT' });
    expect(applyMutation(input, replace(4))).toMatchObject({ marks: [{ date: '9999-12-31' }] });
    expect(applyMutation(input, replace(5))).toMatchObject({ marks: [{ n: NaN }] });
    expect(applyMutation(input, replace(2))).toMatchObject({ marks: null });
    expect(input.marks[0]!.date).toBe('2010-03-01');
  });

  it('remove a key or an element, and add keys no schema knows', () => {
    expect(applyMutation(input, { kind: 'remove', at: 1 })).toEqual({ id: input.id, note: 'a' });
    expect(applyMutation(input, { kind: 'remove', at: 2 })).toMatchObject({ marks: [] });
    const extra = applyMutation(input, { kind: 'extraKey', at: 0, key: '__proto__', value: 1 });
    // An own key, as JSON.parse makes it, not a new prototype.
    expect(Object.keys(extra as object)).toContain('__proto__');
    expect(Object.getPrototypeOf(extra)).toBe(Object.prototype);
    expect(applyMutation(input, { kind: 'whole', value: [] })).toEqual([]);
  });

  it('mostly give inputs that the schema refuses', () => {
    const schema = z.strictObject({ date: z.string().regex(/^\d{4}-\d\d-\d\d$/), n: z.number() });
    const valid = fc.record({ date: fc.constant('2010-03-01'), n: fc.integer() });
    const values = fc.sample(mutated(valid), { seed: 3, numRuns: 300 });
    const refused = values.filter((value) => !schema.safeParse(value).success);
    expect(refused.length).toBeGreaterThan(values.length * 0.7);
  });

  it('make extreme inputs of the same shape, mostly with a day at an edge', () => {
    const valid = fc.constant({ startDate: '2010-01-04', endDate: '2010-06-30', title: 'A1' });
    const values = fc.sample(extreme(valid), { seed: 4, numRuns: 200 }) as Record<
      string,
      unknown
    >[];
    for (const value of values)
      expect(Object.keys(value)).toEqual(['startDate', 'endDate', 'title']);
    const withEdgeDay = values.filter((value) =>
      [value.startDate, value.endDate].some((day) => edgeDays.includes(day as string)),
    );
    expect(withEdgeDay.length).toBeGreaterThan(values.length / 2);
    expect(values.some((value) => value.endDate === '9999-12-31')).toBe(true);
  });
});
