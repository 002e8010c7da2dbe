import type {
  ImportInspection,
  ImportSourceInput,
  ImportTableInspection,
  ImportTableName,
} from '../../../db/contract/index.ts';

/**
 * The columns the person mapped by hand, per table. The API applies them over what it
 * recognises itself, the same way in import.inspect and import.start, so the check and the import
 * read the files exactly as the mapping screen showed them.
 */
export type ImportMapping = NonNullable<ImportSourceInput['mapping']>;

/**
 * The choices after the person picked `header` (null: not imported) for one column. A header
 * serves one column (as the API recognises them), so another column's choice of the same header
 * is dropped and that column is recognised afresh.
 */
export function withColumnMapped(
  mapping: ImportMapping,
  table: ImportTableName,
  column: string,
  header: string | null,
): ImportMapping {
  const choices = Object.fromEntries(
    Object.entries(mapping[table] ?? {}).filter(
      ([other, chosen]) => other === column || header === null || chosen !== header,
    ),
  );
  return { ...mapping, [table]: { ...choices, [column]: header } };
}

/**
 * The choices that still fit newly chosen files: a header the new file lacks would be refused by
 * the import, so that column is left to recognition again.
 */
export function choicesThatFit(
  mapping: ImportMapping,
  inspection: ImportInspection,
): ImportMapping {
  const fitting: ImportMapping = {};
  for (const table of inspection.tables) {
    const choices = mapping[table.table];
    if (!choices) continue;
    fitting[table.table] = Object.fromEntries(
      Object.entries(choices).filter(
        ([, header]) => header === null || table.headers.includes(header),
      ),
    );
  }
  return fitting;
}

/** The preview's rows as canonical columns: only the mapped ones, in the contract's order. */
export function mappedPreview(
  table: ImportTableInspection,
  columns: readonly string[],
): { columns: string[]; rows: string[][] } {
  const mapped = columns
    .map((column) => ({ column, index: headerIndex(table, column) }))
    .filter((entry) => entry.index >= 0);
  return {
    columns: mapped.map((entry) => entry.column),
    rows: table.preview.map((row) => mapped.map((entry) => row[entry.index] ?? '')),
  };
}

/** The position of the header mapped to a canonical column, or -1 when it is not imported. */
export function headerIndex(table: ImportTableInspection, column: string): number {
  const header = table.mapping[column];
  return header == null ? -1 : table.headers.indexOf(header);
}

/** Every table with required columns that have no header, for the message that blocks step 3. */
export function missingRequired(
  inspection: ImportInspection,
): { table: ImportTableName; columns: string[] }[] {
  return inspection.tables
    .filter((table) => table.missing.length > 0)
    .map((table) => ({ table: table.table, columns: table.missing }));
}
