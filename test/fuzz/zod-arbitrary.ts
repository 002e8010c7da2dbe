import fc from 'fast-check';

/**
 * fast-check arbitraries derived from zod v4 schemas by walking `schema._zod.def`: the def keeps
 * what z.toJSONSchema drops (regexes with their flags, `.trim()`, refinements, transforms) and
 * tells the input side of a pipe from its output. Refinements cannot be inverted, so a `hint`
 * supplies the values a refined field means (a real date, the id of a real record).
 */

/** Where a value sits in the input: object keys and array indexes from the root. */
export type Path = readonly (string | number)[];

export interface ZodLike {
  _zod: { def: ZodDef; optin?: string };
}

interface ZodDef {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  innerType?: ZodLike;
  in?: ZodLike;
  element?: ZodLike;
  keyType?: ZodLike;
  valueType?: ZodLike;
  shape?: Record<string, ZodLike>;
  catchall?: ZodLike;
  options?: ZodLike[];
  items?: ZodLike[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  left?: ZodLike;
  getter?: () => ZodLike;
}

interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  length?: number;
  value?: number | bigint;
  tx?: (value: unknown) => unknown;
  /** A refinement's predicate, and the params it was given (e.g. { min, max }). */
  fn?: (value: unknown) => unknown;
  params?: Record<string, unknown>;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
}

export interface WalkOptions {
  /** A generator for one place of the input, or undefined to derive it from the schema. */
  hint?: (path: Path, schema: ZodLike) => fc.Arbitrary<unknown> | undefined;
  /** Applied to each generated object, e.g. to put a period's two ends in order. */
  adjustObject?: (path: Path, value: Record<string, unknown>) => Record<string, unknown>;
  /** Longest array and string generated where the schema allows more (default 8 and 60). */
  maxArrayLength?: number;
  maxStringLength?: number;
}

export function defOf(schema: ZodLike): ZodDef {
  return schema._zod.def;
}

/** May the key be left out of its object? (optional, with a default, or an optional pipe) */
export function isOptionalKey(schema: ZodLike): boolean {
  return schema._zod.optin !== undefined;
}

function checksOf(def: ZodDef): CheckDef[] {
  return (def.checks ?? []).map((check) => check._zod.def);
}

interface Bounds {
  min: number | undefined;
  max: number | undefined;
}

function lengthBounds(checks: CheckDef[]): Bounds {
  let min: number | undefined;
  let max: number | undefined;
  for (const check of checks) {
    if (check.check === 'min_length') min = Math.max(min ?? 0, check.minimum ?? 0);
    if (check.check === 'max_length') max = Math.min(max ?? Infinity, check.maximum ?? Infinity);
    if (check.check === 'length_equals') min = max = check.length;
  }
  return { min, max };
}

// Words a person might type, so that the valid inputs look like data rather than noise; odd
// text is the mutations' job (odd-values.ts).
const words = ['Nguyễn', 'Novák', 'Ševčenko', 'Батбаяр', 'Liberec', 'kurz', 'A1', 'x', 'č. 42'];

function stringArbitrary(def: ZodDef, options: WalkOptions): fc.Arbitrary<string> {
  const checks = checksOf(def);
  const { min = 0, max } = lengthBounds(checks);
  const cap = Math.max(min, Math.min(max ?? Infinity, options.maxStringLength ?? 60));
  // Lengths count after `.trim()` and the other overwrites, as zod checks them.
  const overwrites = checks.flatMap((check) => (check.tx ? [check.tx] : []));
  const within = (text: string) => {
    const final = String(overwrites.reduce<unknown>((value, tx) => tx(value), text));
    return final.length >= min && final.length <= (max ?? Infinity);
  };
  const pattern = checks.find((check) => check.format === 'regex')?.pattern;
  if (pattern) return fc.stringMatching(pattern, { size: 'small' }).filter(within);
  const text = fc.oneof(
    {
      weight: 3,
      arbitrary: fc
        .array(fc.constantFrom(...words), { minLength: 1, maxLength: 4 })
        .map((w) => w.join(' ')),
    },
    { weight: 1, arbitrary: fc.string({ minLength: min, maxLength: cap }) },
  );
  return text.map((value) => (within(value) ? value : 'a'.repeat(min)));
}

/** Does a refinement say "a whole number"? It takes its lowest value but not a half above it. */
function refinesToInteger(check: CheckDef, low: number): boolean {
  try {
    return check.fn?.(low) === true && check.fn(low + 0.5) === false;
  } catch {
    return false;
  }
}

function numberBounds(checks: CheckDef[]) {
  let min = -Number.MAX_VALUE;
  let max = Number.MAX_VALUE;
  let isInteger = false;
  for (const check of checks) {
    const value = Number(check.value);
    if (check.check === 'greater_than') min = Math.max(min, check.inclusive ? value : value + 1);
    if (check.check === 'less_than') max = Math.min(max, check.inclusive ? value : value - 1);
    if (check.check === 'number_format' && /int/.test(check.format ?? '')) isInteger = true;
    // A bound kept in a refinement (`.refine(fn, { params: { min, max } })`) is still a bound.
    const { min: low, max: high } = check.params ?? {};
    if (check.check === 'custom' && typeof low === 'number' && typeof high === 'number') {
      [min, max] = [Math.max(min, low), Math.min(max, high)];
      isInteger ||= refinesToInteger(check, low);
    }
  }
  return { min, max, isInteger };
}

function numberArbitrary(def: ZodDef): fc.Arbitrary<number> {
  const { min, max, isInteger } = numberBounds(checksOf(def));
  if (isInteger) {
    const low = Math.max(min, Number.MIN_SAFE_INTEGER);
    const high = Math.min(max, Number.MAX_SAFE_INTEGER);
    // Mostly small numbers near the lower bound: a count of 1e15 exercises nothing more.
    const near = fc.integer({ min: low, max: Math.min(high, Math.max(low, 0) + 100) });
    return fc.oneof({ weight: 3, arbitrary: near }, fc.integer({ min: low, max: high }));
  }
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

function objectArbitrary(def: ZodDef, path: Path, options: WalkOptions) {
  const shape = def.shape ?? {};
  const keys = Object.keys(shape);
  const record = Object.fromEntries(
    keys.map((key) => [key, arbitraryAt(shape[key]!, [...path, key], options)]),
  );
  const requiredKeys = keys.filter((key) => !isOptionalKey(shape[key]!));
  return fc
    .record(record, { requiredKeys })
    .map((value) => options.adjustObject?.(path, value) ?? value);
}

/** The arbitrary the schema alone gives for a place (hints apply to the places inside it). */
export function derive(schema: ZodLike, path: Path, options: WalkOptions): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const inner = (child: ZodLike, childPath = path) => arbitraryAt(child, childPath, options);
  const maxLength = options.maxArrayLength ?? 8;
  switch (def.type) {
    case 'string':
      return stringArbitrary(def, options);
    case 'number':
      return numberArbitrary(def);
    case 'int':
      return fc.integer();
    case 'boolean':
      return fc.boolean();
    case 'bigint':
      return fc.bigInt();
    case 'date':
      return fc.date();
    case 'null':
      return fc.constant(null);
    case 'undefined':
    case 'void':
      return fc.constant(undefined);
    case 'literal':
      return fc.constantFrom(...(def.values ?? []));
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? {}));
    case 'object':
      return objectArbitrary(def, path, options);
    case 'array': {
      const { min = 0, max } = lengthBounds(checksOf(def));
      const cap = Math.max(min, Math.min(max ?? Infinity, maxLength));
      return fc.array(inner(def.element!, [...path, 0]), { minLength: min, maxLength: cap });
    }
    case 'tuple':
      return fc.tuple(...(def.items ?? []).map((item, i) => inner(item, [...path, i])));
    case 'record': {
      const keys = derive(def.keyType!, path, options).filter((key) => typeof key === 'string');
      return fc.dictionary(keys as fc.Arbitrary<string>, inner(def.valueType!, [...path, '*']), {
        maxKeys: 4,
      });
    }
    case 'union':
      return fc.oneof(...(def.options ?? []).map((option) => inner(option)));
    case 'optional':
      return fc.option(inner(def.innerType!), { nil: undefined, freq: 4 });
    case 'nullable':
      return fc.option(inner(def.innerType!), { nil: null, freq: 4 });
    case 'default':
    case 'prefault':
      return fc.option(inner(def.innerType!), { nil: undefined, freq: 3 });
    case 'nonoptional':
    case 'readonly':
    case 'catch':
    case 'promise':
      return inner(def.innerType!);
    case 'pipe':
      // The input side: a `.transform()` reads what its `in` schema accepts.
      return inner(def.in!);
    case 'lazy':
      return inner(def.getter!());
    case 'intersection':
      return inner(def.left!);
    default:
      // any, unknown, custom, transform, never…: nothing to derive, so anything JSON can carry.
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** The arbitrary of one place of the input: the hint's if it has one, else the schema's. */
export function arbitraryAt(schema: ZodLike, path: Path, options: WalkOptions) {
  return options.hint?.(path, schema) ?? derive(schema, path, options);
}

/** Values the schema is meant to accept (refinements only as far as the hints know them). */
export function arbitraryOf(schema: ZodLike, options: WalkOptions = {}): fc.Arbitrary<unknown> {
  return arbitraryAt(schema, [], options);
}
