import fc from 'fast-check';
import { isRef } from './fuzz-refs.ts';
import { edgeDays, oddDates, oddNumber, oddString, oddTimes, oddValue } from './odd-values.ts';
import type { Path } from './zod-arbitrary.ts';

/**
 * Turns a valid input into a broken one: a value of the wrong kind, an extreme number, odd text,
 * a missing or an extra key, or no object at all. Places are picked by index among the places
 * the value has, so one mutation fits any input.
 */
export type Mutation =
  | {
      kind: 'replace';
      at: number;
      text: string;
      date: string;
      time: string;
      number: number;
      other: unknown;
    }
  | { kind: 'remove'; at: number }
  | { kind: 'extraKey'; at: number; key: string; value: unknown }
  | { kind: 'whole'; value: unknown };

const extraKeys = ['__proto__', 'constructor', 'toString', 'id', 'extra', '', 'ok'];

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('replace' as const),
      at: fc.nat(),
      text: oddString,
      // The dates issue 10 found hanging or stored come up more often than the rest.
      date: fc.oneof(
        fc.constantFrom('9999-12-31', '0100-01-01', '2024-02-30'),
        fc.constantFrom(...oddDates),
      ),
      time: fc.constantFrom(...oddTimes),
      number: oddNumber,
      other: oddValue,
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('extraKey' as const),
      at: fc.nat(),
      key: fc.oneof(fc.constantFrom(...extraKeys), fc.string({ maxLength: 8 })),
      value: oddValue,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('whole' as const), value: oddValue }) },
);

/** Every place of a value, the root first; a ref is one place (it stands for an id). */
export function placesOf(value: unknown, path: Path = []): Path[] {
  const places: Path[] = [path];
  if (isRef(value) || typeof value !== 'object' || value === null) return places;
  const entries = Array.isArray(value)
    ? value.map((v, i) => [i, v] as const)
    : Object.entries(value);
  for (const [key, child] of entries) places.push(...placesOf(child, [...path, key]));
  return places;
}

function containers(value: unknown): Path[] {
  return placesOf(value).filter((path) => {
    const node = at(value, path);
    return typeof node === 'object' && node !== null && !isRef(node);
  });
}

function at(value: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (node, key) => (node as Record<string | number, unknown>)[key],
    value,
  );
}

const removed = Symbol('removed');

/** A copy of `value` with the place at `path` changed by `change` (undefined removes a key). */
function updated(value: unknown, path: Path, change: (node: unknown) => unknown): unknown {
  if (path.length === 0) return change(value);
  const [key, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  const next = updated(copy[key!], rest, change);
  if (next === removed) {
    if (Array.isArray(copy)) copy.splice(key as number, 1);
    else return Object.fromEntries(Object.entries(copy).filter(([name]) => name !== key));
  } else {
    // defineProperty: an own '__proto__' key, as JSON.parse and structured clone make it.
    Object.defineProperty(copy, key!, { value: next, enumerable: true, writable: true });
  }
  return copy;
}

type Replace = Extract<Mutation, { kind: 'replace' }>;

/** A day, or a ref that stands for one. */
function isDateLike(node: unknown): boolean {
  if (isRef(node)) return node.$fuzzRef === 'courseDay' || node.$fuzzRef === 'tallyDate';
  return typeof node === 'string' && /^\d{4}-\d\d-\d\d$/.test(node);
}

/**
 * Odd values of the node's own kind: a date gets an odd date, a number an extreme number. A day
 * or a time gets text instead when `isTextToo` (a broken input, not an extreme one).
 */
function replacement(node: unknown, odd: Replace, isTextToo: boolean): unknown {
  if (isDateLike(node)) return isTextToo ? odd.text : odd.date;
  if (typeof node === 'string' && /^\d\d:\d\d$/.test(node)) return isTextToo ? odd.text : odd.time;
  if (typeof node === 'string' || isRef(node)) return odd.text;
  if (typeof node === 'number') return odd.number;
  return odd.other;
}

export function applyMutation(value: unknown, mutation: Mutation): unknown {
  switch (mutation.kind) {
    case 'whole':
      return mutation.value;
    case 'replace': {
      const places = placesOf(value);
      return updated(value, places[mutation.at % places.length]!, (node) =>
        replacement(node, mutation, mutation.at % 3 === 0),
      );
    }
    case 'remove': {
      const places = placesOf(value).slice(1);
      if (places.length === 0) return undefined;
      return updated(value, places[mutation.at % places.length]!, () => removed);
    }
    case 'extraKey': {
      const places = containers(value);
      if (places.length === 0) return value;
      return updated(value, places[mutation.at % places.length]!, (node) => {
        const copy = Array.isArray(node) ? [...node, mutation.value] : { ...(node as object) };
        if (!Array.isArray(node)) {
          Object.defineProperty(copy, mutation.key, {
            value: mutation.value,
            enumerable: true,
            writable: true,
          });
        }
        return copy;
      });
    }
  }
}

/**
 * A valid input with one value, dates first, replaced by an extreme one of its kind: the same
 * shape, so the call gets as far as the value lets it (a course ending 9999-12-31).
 */
export function extreme(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const replace = mutationArbitrary.filter((m): m is Replace => m.kind === 'replace');
  const edge = fc.record({ day: fc.constantFrom(...edgeDays), isDateFirst: fc.nat(3) });
  return fc.tuple(valid, replace, edge).map(([value, odd, { day, isDateFirst }]) => {
    // A day is replaced by a day at an edge, never by text: the shape stays valid.
    const mutation = { ...odd, date: day };
    const leaves = placesOf(value).filter((path) => {
      const node = at(value, path);
      return isRef(node) || typeof node !== 'object' || node === null;
    });
    const dates = leaves.filter((path) => isDateLike(at(value, path)));
    const pool = isDateFirst > 0 && dates.length > 0 ? dates : leaves;
    const path = pool[mutation.at % Math.max(pool.length, 1)];
    return path ? updated(value, path, (node) => replacement(node, mutation, false)) : value;
  });
}

/** A valid input with one to three mutations applied. */
export function mutated(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc
    .tuple(valid, fc.array(mutationArbitrary, { minLength: 1, maxLength: 3 }))
    .map(([value, mutations]) => mutations.reduce(applyMutation, value));
}
