import fc from 'fast-check';
import { inputSchemas } from '../../db/contract/methods.ts';
import { methodNames } from '../../db/contract/method-names.ts';
import { hintsFor } from './api-hints.ts';
import { extreme, mutated } from './mutate.ts';
import type { CallRequest } from './fuzz-worker.ts';
import { arbitraryOf, type ZodLike } from './zod-arbitrary.ts';

/**
 * One fuzzed call: a method of the contract (now and then a name that is not one) and an input
 * derived from its schema, in Czech or English.
 */

/** Names that must be refused as unknown, whatever an object's prototype has. */
const unknownMethods = ['__proto__', 'constructor', 'clients', 'clients.create ', 'CLIENTS.CREATE'];

/**
 * valid: as the schema and the hints mean it (2 in 5); extreme: one value at or past an edge, the
 * shape kept (2 in 5); broken: one to three mutations of any kind (1 in 5).
 */
export type InputKind = 'valid' | 'extreme' | 'broken';
export type Command = CallRequest & { kind: InputKind };

export function inputArbitrary(method: string, workbook: Uint8Array): fc.Arbitrary<unknown> {
  const schema = inputSchemas[method as keyof typeof inputSchemas] as unknown as ZodLike;
  return arbitraryOf(schema, hintsFor(method, workbook));
}

function commandOf(method: string, workbook: Uint8Array): fc.Arbitrary<Command> {
  const valid = inputArbitrary(method, workbook);
  const inputs = { valid, extreme: extreme(valid), broken: mutated(valid) };
  return fc
    .record({
      kind: fc.constantFrom<InputKind>('valid', 'valid', 'extreme', 'extreme', 'broken'),
      lang: fc.constantFrom('cs' as const, 'en' as const),
      // Now and then an import is cancelled while it runs; mostly it is left to finish.
      cancelImport: fc.nat(4).map((n) => n === 0),
    })
    .chain(({ kind, lang, cancelImport }) =>
      inputs[kind].map((input) => ({ method, input, kind, lang, cancelImport })),
    );
}

/** Every method equally often, or only `methods` when given. */
export function commandArbitrary(
  workbook: Uint8Array,
  methods: readonly string[] = methodNames,
): fc.Arbitrary<Command> {
  const unknown = fc.record({
    method: fc.constantFrom(...unknownMethods),
    input: fc.constant({}),
    kind: fc.constant<InputKind>('broken'),
    lang: fc.constant('cs' as const),
    cancelImport: fc.constant(false),
  });
  return fc.oneof(
    { weight: 4, arbitrary: unknown },
    ...methods.map((method) => ({ weight: 4, arbitrary: commandOf(method, workbook) })),
  );
}
