import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { arbitraryOf, type ZodLike } from './zod-arbitrary.ts';

/** Every generated value of a schema without refinements must parse. */
function expectAllParse(schema: z.ZodType, numRuns = 200) {
  fc.assert(
    fc.property(arbitraryOf(schema as unknown as ZodLike), (value) => {
      const parsed = schema.safeParse(value);
      if (!parsed.success) throw new Error(`${JSON.stringify(value)}: ${parsed.error.message}`);
    }),
    { seed: 1, numRuns },
  );
}

function sample(schema: z.ZodType, count = 300, options = {}) {
  return fc.sample(arbitraryOf(schema as unknown as ZodLike, options), { seed: 2, numRuns: count });
}

describe('arbitraries derived from zod schemas', () => {
  it('keep string lengths, regexes, enums and literals', () => {
    expectAllParse(z.string().trim().min(1).max(5));
    expectAllParse(z.string().length(3));
    expectAllParse(z.string().regex(/^[a-z][a-z0-9_]{1,40}$/));
    expectAllParse(z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/));
    expectAllParse(z.enum(['cs', 'en']));
    expectAllParse(z.literal('release-2010'));
  });

  it('keep integer and number bounds, inclusive or not', () => {
    expectAllParse(z.number().int().min(1).max(1440));
    expectAllParse(z.number().int().gt(0).lt(3));
    expectAllParse(z.number().min(0).max(100));
    expectAllParse(z.number().int());
    const values = sample(z.number().int().min(1).max(10_000)) as number[];
    // Mostly small, so that counts and limits stay realistic.
    expect(values.filter((n) => n <= 101).length).toBeGreaterThan(values.length / 2);
  });

  it('build strict objects, arrays, records, unions and the input side of transforms', () => {
    const schema = z.strictObject({
      name: z.string().min(1),
      note: z.string().default(''),
      when: z.string().optional(),
      tags: z
        .array(z.enum(['a', 'b']))
        .min(1)
        .max(3),
      sizes: z.partialRecord(z.enum(['s', 'm']), z.number().int().nullable()),
      either: z.union([z.boolean(), z.literal(0)]),
      upper: z
        .string()
        .trim()
        .toUpperCase()
        .transform((text) => text.length),
    });
    expectAllParse(schema);
    expectAllParse(z.strictObject({}).optional());
  });

  it('leave out optional keys and keys with a default now and then, never required ones', () => {
    const values = sample(
      z.strictObject({ id: z.string(), date: z.string().optional(), n: z.number().default(1) }),
    ) as Record<string, unknown>[];
    expect(values.every((value) => 'id' in value)).toBe(true);
    expect(values.some((value) => !('date' in value))).toBe(true);
    expect(values.some((value) => !('n' in value))).toBe(true);
    expect(values.some((value) => typeof value.date === 'string')).toBe(true);
  });

  it('take a hint for a place of the input, and adjust each object', () => {
    const schema = z.strictObject({
      from: z.string().refine((text) => /^\d{4}$/.test(text)),
      to: z.string().refine((text) => /^\d{4}$/.test(text)),
      items: z.array(z.strictObject({ id: z.string() })).min(1),
    });
    const values = sample(schema, 100, {
      hint: (path: readonly (string | number)[]) =>
        path.at(-1) === 'from' || path.at(-1) === 'to'
          ? fc.integer({ min: 1900, max: 2100 }).map(String)
          : path.join('.') === 'items.0.id'
            ? fc.constant('ID')
            : undefined,
      adjustObject: (path: readonly (string | number)[], value: Record<string, unknown>) =>
        path.length === 0 && String(value.from) > String(value.to)
          ? { ...value, from: value.to, to: value.from }
          : value,
    }) as { from: string; to: string; items: { id: string }[] }[];
    for (const value of values) {
      expect(schema.safeParse(value).success).toBe(true);
      expect(value.from <= value.to).toBe(true);
      expect(value.items.every((item) => item.id === 'ID')).toBe(true);
    }
  });
});

describe('bounds kept in refinements', () => {
  it('read { min, max } params, and tell whole numbers from fractions by the predicate', () => {
    const whole = z.number().refine((n) => Number.isInteger(n) && n >= 1 && n <= 1440, {
      params: { min: 1, max: 1440 },
    });
    const fraction = z.number().refine((n) => n >= 0 && n <= 100, { params: { min: 0, max: 100 } });
    expectAllParse(whole);
    expectAllParse(fraction);
    const values = sample(fraction) as number[];
    expect(values.some((n) => !Number.isInteger(n))).toBe(true);
  });
});
