import fc from 'fast-check';

/**
 * Values a clumsy user, a broken file or a hostile page may send: what issue 10 found the app to
 * accept or choke on, and what SQLite, FTS5, CSV and PDF writers are known to trip over.
 */

/** Numbers JSON cannot carry (NaN, ±Infinity, -0) still reach the API over Electron's IPC. */
export const oddNumbers: readonly number[] = [
  0,
  -0,
  -1,
  0.5,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  -(2 ** 53),
  2 ** 31,
  -(2 ** 31) - 1,
  NaN,
  Infinity,
  -Infinity,
];

export const oddDates: readonly string[] = [
  '9999-12-31',
  '0100-01-01',
  '0000-01-01',
  '2024-02-30',
  '2023-02-29',
  '2024-02-29',
  '1899-12-31',
  '1900-01-01',
  '2100-12-31',
  '2101-01-01',
  '2024-13-01',
  '2024-1-1',
  '20240101',
  '2024-01-01T00:00:00Z',
  ' 2024-01-01 ',
  '+010000-01-01',
  '-000001-01-01',
  '2024\u201001\u201001',
  '２０２４-01-01',
  '1.3.2009',
];

/** Days at and just past the edges the contract sets (1900–2100), and the far ones. */
export const edgeDays: readonly string[] = [
  '9999-12-31',
  '0100-01-01',
  '1900-01-01',
  '2100-12-31',
  '1899-12-31',
  '2101-01-01',
];

export const oddTimes: readonly string[] = ['24:00', '23:59', '00:00', '9:00', '12:60', '-1:00'];

/** Text with control, bidi and invisible characters, broken UTF-16, and other scripts. */
export const oddTexts: readonly string[] = [
  '',
  ' ',
  '\t\r\n',
  'A\u0000B',
  '\u0000',
  '\u001b[31mred\u001b[0m',
  '\u202eevil\u202c',
  '\u200b\u200b\u200b',
  '\ufeff',
  '\ud800',
  'x\udc00y',
  '\ud83d',
  'Pe\u0301trac\u030cek',
  'Nguye\u0302\u0303n Thi\u0323',
  'Nguyễn Thị Thu Hương',
  'Đặng Văn Lâm',
  'Ковальчук Олександр',
  'Батбаяр',
  'محمد',
  '👩‍👩‍👧 🇨🇿',
  '\u{10ffff}',
  "'; DROP TABLE clients;--",
  '" OR 1=1 --',
  '"',
  '*',
  'NEAR(a b)',
  'AND OR NOT',
  '^a:b',
  '%_\\',
  '=HYPERLINK("http://x","y")',
  '../../etc/passwd',
  '__proto__',
  'constructor',
  'toString',
  'null',
  'undefined',
  '2010',
];

/** A long text: up to 200 000 characters, beyond every field's limit. */
export const longText = fc
  .tuple(fc.constantFrom('a', 'ř', '\u0301', '😀', ' '), fc.integer({ min: 1_000, max: 200_000 }))
  .map(([unit, count]) => unit.repeat(count));

export const oddString: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...oddTexts) },
  { weight: 2, arbitrary: fc.constantFrom(...oddDates, ...oddTimes) },
  { weight: 1, arbitrary: longText },
  // Every code unit, lone surrogates included.
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
);

export const oddNumber: fc.Arbitrary<number> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...oddNumbers) },
  { weight: 1, arbitrary: fc.double() },
);

/** Values of the wrong shape: what a form or a script sends when it gets the type wrong. */
export const oddShape: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, true, false, [], {}, [1, 2], { a: 1 }, [[[]]]),
  fc.jsonValue({ maxDepth: 2 }),
);

/** Anything odd, for any place of an input. */
export const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: oddString },
  { weight: 2, arbitrary: oddNumber },
  { weight: 2, arbitrary: oddShape },
);
