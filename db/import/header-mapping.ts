import {
  type ImportColumnMapping,
  importColumns,
  type ImportTableName,
} from '../contract/legacy-import.ts';
import { foldName, headerSynonyms } from './header-names.ts';

/**
 * Canonical column → header of the file (null: not in the file). A header is recognised by its
 * canonical name or a synonym, whatever its case and diacritics; each header serves one column.
 * The caller's mapping (chosen in the import screen) wins over what was recognised.
 */
export function mapHeaders(
  table: ImportTableName,
  headers: readonly string[],
  override: ImportColumnMapping = {},
): ImportColumnMapping {
  const used = new Set<string>(
    Object.values(override).filter((header): header is string => header !== null),
  );
  const mapping: ImportColumnMapping = {};
  const columns = importColumns[table];
  for (const column of columns) {
    if (Object.hasOwn(override, column)) mapping[column] = override[column] ?? null;
  }
  // Canonical names first, so that a synonym of one column never takes another's own header.
  const passes = [
    (column: string) => [column],
    (column: string) => headerSynonyms[table][column] ?? [],
  ];
  for (const namesOf of passes) {
    for (const column of columns) {
      if (mapping[column] !== undefined) continue;
      const names = new Set(namesOf(column));
      const header = headers.find((h) => !used.has(h) && names.has(foldName(h)));
      if (header === undefined) continue;
      mapping[column] = header;
      used.add(header);
    }
  }
  return Object.fromEntries(columns.map((column) => [column, mapping[column] ?? null]));
}

/** The index of each mapped column in a row, or -1 where the file lacks it. */
export function columnIndexes(
  headers: readonly string[],
  mapping: ImportColumnMapping,
): Record<string, number> {
  return Object.fromEntries(
    Object.entries(mapping).map(([column, header]) => [
      column,
      header === null ? -1 : headers.indexOf(header),
    ]),
  );
}
