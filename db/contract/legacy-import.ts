import { z } from 'zod';
import { recordId, requiredText } from './input-rules.ts';

/**
 * Legacy import (INTERFACES.md "Legacy import"): a folder of CSV files or one XLSX workbook from
 * the registers kept before Přístav. Files travel as bytes (base64) so that the same API works
 * over Electron IPC and the loopback host.
 */

export const importTableNames = [
  'clients',
  'services',
  'courses',
  'attendance',
  'tallies',
] as const;
export type ImportTableName = (typeof importTableNames)[number];

/** The canonical columns of each file, in the order of INTERFACES.md. */
export const importColumns: Record<ImportTableName, readonly string[]> = {
  clients: [
    'ref',
    'family_name',
    'given_names',
    'birth_date',
    'sex',
    'nationality',
    'residence_status',
    'town',
    'phone',
    'email',
    'first_contact',
    'consent_date',
    'note',
  ],
  services: ['client_ref', 'date', 'type', 'town', 'minutes', 'note'],
  courses: ['ref', 'kind', 'title', 'town', 'level', 'lecturer', 'start_date', 'end_date'],
  attendance: ['course_ref', 'client_ref', 'date', 'present'],
  tallies: ['date', 'type', 'town', 'count'],
};

/**
 * Columns without which a file cannot be imported. A missing optional column is empty in every
 * row (town: this site's town; attendance without `present`: every row is an attended lesson).
 */
export const importRequiredColumns: Record<ImportTableName, readonly string[]> = {
  clients: ['ref', 'family_name', 'nationality'],
  services: ['client_ref', 'date', 'type'],
  courses: ['ref', 'kind', 'title', 'town', 'start_date', 'end_date'],
  attendance: ['course_ref', 'client_ref', 'date'],
  tallies: ['date', 'type', 'count'],
};

export const importFile = z.strictObject({
  /** The file name, e.g. 'clients.csv' or 'registr-2009.xlsx'. */
  name: requiredText(255),
  base64: z.string({ error: 'required' }),
});
export type ImportFile = z.infer<typeof importFile>;

/** Canonical column → header in the file (null: the column is not imported). */
export type ImportColumnMapping = Record<string, string | null>;

const columnMapping = z.record(z.string(), z.string().nullable());

export const importSourceInput = z.strictObject({
  /** The name legacy refs are remembered under, e.g. 'Jablonec 2009'. */
  source: requiredText(200),
  files: z.array(importFile).min(1, { error: 'required' }).max(10, { error: 'tooMany' }),
  /** Overrides the recognised headers, per table. */
  mapping: z.partialRecord(z.enum(importTableNames), columnMapping).optional(),
});
export type ImportSourceInput = z.input<typeof importSourceInput>;

export const importStartInput = importSourceInput.extend({
  dryRun: z.boolean({ error: 'invalidType' }),
});
export type ImportStartInput = z.input<typeof importStartInput>;

export const importJobInput = z.strictObject({ jobId: recordId });

export type ImportEncoding = 'utf-8' | 'windows-1250' | 'xlsx';

export interface ImportTableInspection {
  table: ImportTableName;
  file: string;
  /** The sheet of a workbook; null for a CSV file. */
  sheet: string | null;
  encoding: ImportEncoding;
  /** The detected separator of a CSV file; null for a workbook sheet. */
  delimiter: ',' | ';' | null;
  headers: string[];
  mapping: ImportColumnMapping;
  required: string[];
  /** Required canonical columns with no header. */
  missing: string[];
  /** The first 10 data rows, by header order. */
  preview: string[][];
  rows: number;
}

export interface ImportInspection {
  tables: ImportTableInspection[];
  /** Files and sheets that are not one of the five tables. */
  ignored: { file: string; reason: string }[];
}

export interface ImportProblem {
  file: string;
  /** The physical line of the file (the header is line 1), or the row of a sheet. */
  line: number;
  column: string;
  message: string;
  /** 'file:line: column: message' */
  text: string;
}

export interface ImportCounts {
  clients: number;
  services: number;
  courses: number;
  lessons: number;
  attendance: number;
  tallies: number;
  /** Rows imported before under the same source, left as they are. */
  unchanged: number;
}

export type ImportJobState = 'running' | 'done' | 'failed' | 'cancelled';
export type ImportPhase = 'reading' | 'checking' | 'writing' | 'finished';

export interface ImportStatus {
  jobId: string;
  state: ImportJobState;
  dryRun: boolean;
  phase: ImportPhase;
  /** Rows done in the current phase, of `total`. */
  done: number;
  total: number;
  problems: ImportProblem[];
  /** What was written (or, in a dry run, what would be). */
  counts: ImportCounts;
  /** A one-line summary, or the reason of a failure. */
  message: string | null;
}
