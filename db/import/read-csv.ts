import { CsvError, type InfoRecord, parse } from 'csv-parse/sync';
import type { Language } from '../contract/language.ts';
import { decodeText, type TextEncoding } from './decode-text.ts';
import { importMessage } from './import-messages.ts';
import type { SourceRow } from './source-table.ts';

export interface CsvContent {
  encoding: TextEncoding;
  delimiter: ',' | ';';
  headers: string[];
  rows: SourceRow[];
}

/** What could not be read, and on which line. */
export interface CsvFailure {
  line: number;
  message: string;
}

/**
 * `,` or `;` (Czech Excel writes `;`): whichever occurs more often in the header line outside
 * quotes; a header without either is one column.
 */
export function detectDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let isQuoted = false;
  for (const char of text) {
    if (char === '"') isQuoted = !isQuoted;
    else if (!isQuoted && char === '\n') break;
    else if (!isQuoted && char === ',') commas++;
    else if (!isQuoted && char === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/** The line of the quote that is never closed (csv-parse reports only the end of the file). */
function openQuoteLine(text: string): number {
  let line = 1;
  let openedOn = 1;
  let isQuoted = false;
  for (const char of text) {
    if (char === '\n') line++;
    else if (char === '"') {
      isQuoted = !isQuoted;
      if (isQuoted) openedOn = line;
    }
  }
  return openedOn;
}

/**
 * Reads a CSV file: header on line 1, then data rows, each with its physical line (a quoted
 * field may span lines). Quotes inside an unquoted field stay as text (`Nguyen "Tom" Van`), as
 * hand-edited registers have them. Rows with no value at all (`;;;` from Excel) are skipped.
 */
export function readCsv(bytes: Uint8Array, lang: Language): CsvContent | CsvFailure {
  const decoded = decodeText(bytes);
  if ('failure' in decoded) {
    const key = decoded.failure === 'utf16' ? 'unreadableUtf16' : 'unreadableText';
    return { line: 1, message: importMessage(key, lang) };
  }
  // One kind of line break, so that csv-parse counts lines right and notes keep plain \n.
  const text = decoded.text.replace(/\r\n?/g, '\n');
  const delimiter = detectDelimiter(text);
  let records: { record: string[]; info: InfoRecord }[];
  try {
    // With `info`, each record comes with where it ends (the typings do not know that shape).
    records = parse(text, {
      delimiter,
      info: true,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as typeof records;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
      return { line: openQuoteLine(text), message: importMessage('quoteNotClosed', lang) };
    }
    const line = typeof error.lines === 'number' ? error.lines : 1;
    return { line, message: importMessage('badCsv', lang, { detail: error.code }) };
  }
  const rows: SourceRow[] = [];
  for (const { record, info } of records) {
    if (record.every((cell) => cell.trim() === '')) continue;
    // info.lines is the record's last line; its first is that minus the breaks inside fields.
    const breaks = record.reduce((sum, cell) => sum + cell.split('\n').length - 1, 0);
    rows.push({ line: info.lines - breaks, cells: record });
  }
  const [header, ...data] = rows;
  if (!header) return { line: 1, message: importMessage('emptyFile', lang) };
  return {
    encoding: decoded.encoding,
    delimiter,
    headers: header.cells.map((cell) => cell.trim()),
    rows: data,
  };
}
