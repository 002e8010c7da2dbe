import { describe, expect, it } from 'vitest';
import { tableOfName } from '../../../../db/import/header-names.ts';
import { csImport } from '../../../../renderer/i18n/cs-import.ts';
import { enImport } from '../../../../renderer/i18n/en-import.ts';

/**
 * Issue 13.10: the import screen names the Czech file names it accepts — and every name it
 * names is one the import recognises, for each of the five tables.
 */
describe('the file names the import screen lists', () => {
  for (const [language, text] of [
    ['cs', csImport.intro],
    ['en', enImport.intro],
  ] as const) {
    it(`are all recognised, Czech ones included (${language})`, () => {
      const names = [...text.matchAll(/([\p{L}]+)\.csv/gu)].map((match) => match[0]);
      expect(names).toEqual(
        expect.arrayContaining(['klienti.csv', 'služby.csv', 'kurzy.csv', 'docházka.csv']),
      );
      const tables = names.map((name) => [name, tableOfName(name)]);
      expect(tables.filter(([, table]) => table === undefined)).toEqual([]);
      expect(new Set(tables.map(([, table]) => table))).toEqual(
        new Set(['clients', 'services', 'courses', 'attendance', 'tallies']),
      );
    });
  }
});
