import type { ImportEncoding, ImportTableName } from '../contract/legacy-import.ts';

/** One data row as read: its cells in header order and where it stands in the file. */
export interface SourceRow {
  /** The physical line of a CSV file (header = 1), or the row number of a sheet. */
  line: number;
  cells: string[];
}

/** A file or sheet that is one of the five tables, read but not yet checked. */
export interface SourceTable {
  table: ImportTableName;
  file: string;
  sheet: string | null;
  /** How problems name it: 'clients.csv', or 'registr.xlsx/clients' for a sheet. */
  label: string;
  encoding: ImportEncoding;
  delimiter: ',' | ';' | null;
  headers: string[];
  rows: SourceRow[];
}

/** A problem before the problem text is composed ('file:line: column: message'). */
export interface FoundProblem {
  file: string;
  line: number;
  column: string;
  message: string;
}
