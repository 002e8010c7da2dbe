import {
  type ImportInspection,
  importRequiredColumns,
  type ImportSourceInput,
} from '../contract/legacy-import.ts';
import type { Language } from '../contract/language.ts';
import { mapHeaders } from './header-mapping.ts';
import { readSources } from './read-sources.ts';

/**
 * What the files hold, before anything is checked or written: for the import screen to show
 * the recognised columns, let the person map the rest, and preview the first rows.
 */
export async function inspectImport(
  input: Pick<ImportSourceInput, 'files' | 'mapping'>,
  lang: Language,
): Promise<ImportInspection> {
  const sources = await readSources(input.files, lang);
  return {
    tables: sources.tables.map((source) => {
      const mapping = mapHeaders(source.table, source.headers, input.mapping?.[source.table]);
      // A header the caller named that the file does not have maps to nothing.
      for (const [column, header] of Object.entries(mapping)) {
        if (header !== null && !source.headers.includes(header)) mapping[column] = null;
      }
      const required = [...importRequiredColumns[source.table]];
      return {
        table: source.table,
        file: source.file,
        sheet: source.sheet,
        encoding: source.encoding,
        delimiter: source.delimiter,
        headers: source.headers,
        mapping,
        required,
        missing: required.filter((column) => mapping[column] === null),
        preview: source.preview.map((row) => source.headers.map((_, i) => row.cells[i] ?? '')),
        rows: source.rowCount,
      };
    }),
    ignored: sources.ignored,
  };
}
