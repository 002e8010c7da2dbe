import type { ImportEncoding, ImportTableName } from '../contract/legacy-import.ts';

/** One data row as read: its cells in header order and where it stands in the file. */
export interface SourceRow {
  /** The physical line of a CSV file (header = 1), or the row number of a sheet. */
  line: number;
  cells: string[];
}

/**
 * A file or sheet that is one of the five tables, read but not yet checked. Its rows are not
 * kept: each pass of the import reads them again from the file's bytes, so a register of any
 * length takes the memory of a few rows (see README "Legacy import").
 */
export interface SourceTable {
  table: ImportTableName;
  file: string;
  sheet: string | null;
  /** How problems name it: 'clients.csv', or 'registr.xlsx/clients' for a sheet. */
  label: string;
  encoding: ImportEncoding;
  delimiter: ',' | ';' | null;
  headers: string[];
  /** Data rows, counted when the file was read. */
  rowCount: number;
  /** The first data rows, for the import screen's preview. */
  preview: SourceRow[];
  /** The data rows, read afresh from the file on every call. */
  rows(): AsyncIterable<SourceRow>;
}

/** A problem before the problem text is composed ('file:line: column: message'). */
export interface FoundProblem {
  file: string;
  line: number;
  column: string;
  message: string;
}

/** Where the checks report problems. */
export interface ProblemSink {
  add(problem: FoundProblem): void;
}

/** Problems a status carries at most: enough to fix a file, few enough to send as JSON. */
export const problemsListed = 1000;

/** Every problem counted, the first `problemsListed` kept: the rest would only fill memory. */
export class ProblemLog implements ProblemSink {
  readonly listed: FoundProblem[] = [];
  count = 0;

  add(problem: FoundProblem): void {
    this.count++;
    if (this.listed.length < problemsListed) this.listed.push(problem);
  }
}

/** Rows kept for a preview. */
export const previewRows = 10;
