import type Sqlite from 'better-sqlite3-multiple-ciphers';
import { czechSortKey } from '../text/czech-sort-key.ts';
import { noteClientKeyChange } from './sort-rank-cache.ts';
import {
  duplicateKey,
  foldText,
  phoneKey,
  phoneticText,
  searchExtra,
  searchNames,
  searchPhonetic,
} from '../text/name-keys.ts';

/**
 * Functions the schema's triggers call to keep the derived search tables right. Registered on
 * every connection before migrations run; they are deterministic, so SQLite may cache them.
 */
export function registerSqlFunctions(sqlite: Sqlite.Database): void {
  const options = { deterministic: true };
  const textOf = (value: unknown) => (typeof value === 'string' ? value : '');
  sqlite.function('pristav_fold', options, (text: unknown) => foldText(textOf(text)));
  sqlite.function('pristav_phonetic', options, (text: unknown) => phoneticText(textOf(text)));
  // Since 2026_12_04_1000: every Czech and English romanisation of Cyrillic names.
  sqlite.function('pristav_search_names', options, (text: unknown) => searchNames(textOf(text)));
  sqlite.function('pristav_search_phonetic', options, (text: unknown) =>
    searchPhonetic(textOf(text)),
  );
  sqlite.function('pristav_dup_key', options, (text: unknown) => duplicateKey(textOf(text)));
  // Not marked deterministic: it also tells the search's rank cache that the register changed.
  sqlite.function('pristav_sort_key', (text: unknown) => {
    noteClientKeyChange(sqlite);
    return czechSortKey(textOf(text));
  });
  sqlite.function('pristav_phone_key', options, (phone: unknown) => phoneKey(textOf(phone)));
  sqlite.function('pristav_search_extra', options, (birthDate: unknown, phone: unknown) =>
    searchExtra(typeof birthDate === 'string' ? birthDate : null, textOf(phone)),
  );
}
