import type { ImportFile } from '../contract/legacy-import.ts';
import type { Language } from '../contract/language.ts';
import { tableOfName } from './header-names.ts';
import { importMessage } from './import-messages.ts';
import { ImportCancelled } from './job-control.ts';
import { readCsv } from './read-csv.ts';
import { readXlsx } from './read-xlsx.ts';
import type { FoundProblem, SourceTable } from './source-table.ts';

export interface ReadSources {
  tables: SourceTable[];
  /** Files and sheets that are not one of the tables, or could not be read, with why. */
  ignored: { file: string; reason: string }[];
  /** What stops an import: unreadable files and a table given twice. */
  problems: FoundProblem[];
}

/** The name without any folder a browser or a path may have put before it. */
function baseName(name: string): string {
  return name.split(/[\\/]/).at(-1) ?? name;
}

/**
 * Reads every file through once: a CSV file is the table its name says (clients.csv …), a
 * workbook holds one table per sheet named the same way. What is kept is each table's header,
 * row count and preview, and the file's bytes for reading its rows again; `checkpoint` runs
 * every thousand rows and after each file.
 */
export async function readSources(
  files: ImportFile[],
  lang: Language,
  checkpoint?: (filesRead: number) => Promise<void>,
): Promise<ReadSources> {
  const result: ReadSources = { tables: [], ignored: [], problems: [] };
  const cannotRead = (file: string, line: number, message: string) => {
    result.problems.push({ file, line, column: '', message });
    result.ignored.push({ file, reason: message });
  };
  const add = (table: SourceTable) => {
    const other = result.tables.find((t) => t.table === table.table);
    if (other)
      cannotRead(
        table.label,
        1,
        importMessage('sameTable', lang, { table: table.table, other: other.label }),
      );
    else result.tables.push(table);
  };
  let filesRead = 0;
  const inFile = checkpoint && (() => checkpoint(filesRead));
  for (const { name: fullName, base64 } of files) {
    const name = baseName(fullName);
    const bytes = Buffer.from(base64, 'base64');
    if (/\.csv$/i.test(name)) {
      const table = tableOfName(name);
      if (!table) {
        result.ignored.push({ file: name, reason: importMessage('notATable', lang) });
      } else {
        const content = await readCsv(bytes, lang, inFile);
        if ('message' in content) cannotRead(name, content.line, content.message);
        else add({ table, file: name, sheet: null, label: name, ...content });
      }
    } else if (/\.xlsx$/i.test(name)) {
      const isTable = (sheet: string) => tableOfName(sheet) !== undefined;
      const sheets = await readXlsx(bytes, isTable, inFile).catch((error: unknown) => {
        if (error instanceof ImportCancelled) throw error;
        return null;
      });
      if (sheets === null) cannotRead(name, 1, importMessage('unreadableWorkbook', lang));
      for (const sheet of sheets ?? []) {
        const label = `${name}/${sheet.name}`;
        const table = tableOfName(sheet.name);
        if (!table) result.ignored.push({ file: label, reason: importMessage('notATable', lang) });
        else if (sheet.headers.length === 0) cannotRead(label, 1, importMessage('emptyFile', lang));
        else {
          const { headers, rowCount, preview, rows } = sheet;
          const where = { table, file: name, sheet: sheet.name, label };
          add({ ...where, encoding: 'xlsx', delimiter: null, headers, rowCount, preview, rows });
        }
      }
    } else {
      result.ignored.push({ file: name, reason: importMessage('unsupportedFile', lang) });
    }
    filesRead++;
    await checkpoint?.(filesRead);
  }
  return result;
}
