import { textProblem } from '../contract/text-rules.ts';
import {
  type ImportColumnMapping,
  type ImportCounts,
  importRequiredColumns,
} from '../contract/legacy-import.ts';
import type { Language } from '../contract/language.ts';
import { issueKey, validationMessages } from '../contract/validation-messages.ts';
import { fillPlaceholders } from '../contract/language.ts';
import type { z } from 'zod';
import type { Store } from '../store.ts';
import { columnIndexes } from './header-mapping.ts';
import { importMessage, type ImportMessageKey } from './import-messages.ts';
import type { DigestMap } from './digest-map.ts';
import type { PlanSink } from './import-plan.ts';
import type { KnownRefs } from '../legacy-refs/legacy-refs.ts';
import { parseLegacyDate } from './legacy-values.ts';
import type { ProblemSink, SourceRow, SourceTable } from './source-table.ts';

/**
 * What every table's checks share: the database, the refs imported before, the counts, where
 * accepted rows go and where problems go.
 */
export interface CheckContext {
  store: Store;
  lang: Language;
  today: string;
  /** This site's town: where an act or tally without a town took place. */
  siteTown: string;
  /** The name refs are remembered under. */
  source: string;
  known: KnownRefs;
  counts: ImportCounts;
  sink: PlanSink;
  problems: ProblemSink;
}

/**
 * One row of one table, read through the mapping: cell values by canonical column, and problems
 * named by the file's own header ('clients.csv:7: Datum narození: …').
 */
export interface RowCursor {
  row: SourceRow;
  value(column: string): string;
  /** Whether the file has the column at all. */
  has(column: string): boolean;
  problem(column: string, key: ImportMessageKey, params?: Record<string, string | number>): void;
  /** Problems of this row so far, by column, so a later check does not repeat one. */
  hasProblem(column: string): boolean;
}

export interface TableReader {
  source: SourceTable;
  cursor(row: SourceRow): RowCursor;
}

export function tableReader(
  context: CheckContext,
  source: SourceTable,
  mapping: ImportColumnMapping,
): TableReader {
  const indexes = columnIndexes(source.headers, mapping);
  const label = (column: string) => mapping[column] ?? column;
  return {
    source,
    cursor(row) {
      const flagged = new Set<string>();
      return {
        row,
        value: (column) => {
          const index = indexes[column] ?? -1;
          return index < 0 ? '' : (row.cells[index] ?? '').trim();
        },
        has: (column) => (indexes[column] ?? -1) >= 0,
        problem(column, key, params = {}) {
          flagged.add(column);
          context.problems.add({
            file: source.label,
            line: row.line,
            column: label(column),
            message: importMessage(key, context.lang, params),
          });
        },
        hasProblem: (column) => flagged.has(column),
      };
    },
  };
}

/**
 * Columns the caller mapped to a header the file lacks, and required columns with no header:
 * problems of the header line. Returns whether the table can be read row by row.
 */
export function checkColumns(
  context: CheckContext,
  source: SourceTable,
  mapping: ImportColumnMapping,
): boolean {
  let isReadable = true;
  const problem = (column: string, message: string) => {
    context.problems.add({ file: source.label, line: 1, column, message });
    isReadable = false;
  };
  for (const [column, header] of Object.entries(mapping)) {
    if (header !== null && !source.headers.includes(header)) {
      problem(column, importMessage('unknownHeader', context.lang, { header }));
    }
  }
  for (const column of importRequiredColumns[source.table]) {
    if (mapping[column] === null) problem(column, importMessage('missingColumn', context.lang));
  }
  return isReadable;
}

/**
 * The same zod schema as the form checks the row; its issues become problems of the columns
 * their fields come from, unless the column already has one (a value that could not be parsed).
 */
export function schemaProblems(
  cursor: RowCursor,
  issues: readonly z.core.$ZodIssue[],
  columnOfField: Record<string, string>,
  lang: Language,
): void {
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '');
    const column = columnOfField[field] ?? field;
    if (cursor.hasProblem(column)) continue;
    const text = fillPlaceholders(
      validationMessages[issueKey(issue)]?.[lang] ?? issue.message,
      issue as unknown as Record<string, unknown>,
    );
    cursor.problem(column, 'schemaIssue', { text });
  }
}

/** A required cell: empty → "povinný údaj". */
export function requiredValue(cursor: RowCursor, column: string): string | null {
  const value = cursor.value(column);
  if (value === '') {
    cursor.problem(column, 'required');
    return null;
  }
  return value;
}

/**
 * The refs a table of the files defines (valid rows or not: one bad row is one problem), each
 * with the line that first defines it. What the other tables' refs are checked against.
 */
export type DefinedRefs = DigestMap;

/**
 * The `ref` column of a table whose rows each define a record: required, and each ref once.
 * Returns a reader giving a row's ref when this row is the one that defines it (its first
 * line), and null for a missing ref or a repeat, which is reported as `duplicateRef`.
 */
export function definingRefs(firstLineOfRef: DefinedRefs): (cursor: RowCursor) => string | null {
  return (cursor) => {
    const ref = requiredValue(cursor, 'ref');
    if (ref === null) return null;
    // Refs become keys of legacy_refs and travel in sync files: the contract's text rule.
    if (textProblem(ref) !== null) {
      cursor.problem('ref', 'refCharacters');
      return null;
    }
    const line = firstLineOfRef.get(ref);
    if (line === 0) {
      firstLineOfRef.set(ref, cursor.row.line);
      return ref;
    }
    cursor.problem('ref', 'duplicateRef', { value: ref, line });
    return null;
  };
}

/** An optional value through its parser; a value it cannot read is a problem of the column. */
export function parsedOrProblem<T>(
  cursor: RowCursor,
  column: string,
  parse: (text: string) => T | null,
  key: Parameters<RowCursor['problem']>[1],
): T | null {
  const text = cursor.value(column);
  if (text === '') return null;
  const value = parse(text);
  if (value === null) cursor.problem(column, key, { value: text });
  return value;
}

/** A date that is read, and not after today (as the forms refuse acts in the future). */
export function pastDate(context: CheckContext, cursor: RowCursor, column: string): string | null {
  const date = parsedOrProblem(cursor, column, parseLegacyDate, 'invalidDate');
  if (date !== null && date > context.today) {
    cursor.problem(column, 'dateInFuture', { value: date });
    return null;
  }
  return date;
}
