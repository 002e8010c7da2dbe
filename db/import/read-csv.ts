import { Readable } from 'node:stream';
import { CsvError, type Info, parse } from 'csv-parse';
import type { Language } from '../contract/language.ts';
import { detectEncoding, textChunks, type TextEncoding } from './decode-text.ts';
import { importMessage } from './import-messages.ts';
import { rowsPerChunk } from './job-control.ts';
import { previewRows, type SourceRow } from './source-table.ts';

export interface CsvContent {
  encoding: TextEncoding;
  delimiter: ',' | ';';
  headers: string[];
  rowCount: number;
  preview: SourceRow[];
  /** The data rows, parsed again from the bytes on every call. */
  rows(): AsyncGenerator<SourceRow>;
}

/** What could not be read, and on which line. */
export interface CsvFailure {
  line: number;
  message: string;
}

/**
 * `,` or `;` (Czech Excel writes `;`): whichever occurs more often in the header line outside
 * quotes; a header without either is one column. Takes the text whole or in chunks.
 */
export function detectDelimiter(text: Iterable<string>): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let isQuoted = false;
  for (const piece of text) {
    for (const char of piece) {
      if (char === '"') isQuoted = !isQuoted;
      else if (!isQuoted && char === '\n') return semicolons > commas ? ';' : ',';
      else if (!isQuoted && char === ',') commas++;
      else if (!isQuoted && char === ';') semicolons++;
    }
  }
  return semicolons > commas ? ';' : ',';
}

/** The line of the quote that is never closed (csv-parse reports only the end of the file). */
function openQuoteLine(text: Iterable<string>): number {
  let line = 1;
  let openedOn = 1;
  let isQuoted = false;
  for (const piece of text) {
    for (const char of piece) {
      if (char === '\n') line++;
      else if (char === '"') {
        isQuoted = !isQuoted;
        if (isQuoted) openedOn = line;
      }
    }
  }
  return openedOn;
}

/**
 * Every record with a value, header included, each with its physical line (a quoted field may
 * span lines). Quotes inside an unquoted field stay as text (`Nguyen "Tom" Van`), as
 * hand-edited registers have them. Rows with no value at all (`;;;` from Excel) are skipped.
 */
async function* csvRecords(
  bytes: Uint8Array,
  encoding: TextEncoding,
  delimiter: ',' | ';',
): AsyncGenerator<SourceRow> {
  const parser = parse({
    delimiter,
    info: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
  });
  Readable.from(textChunks(bytes, encoding)).pipe(parser);
  // With `info`, each record comes with where it ends (the typings do not know that shape).
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: Info }>) {
    if (record.every((cell) => cell.trim() === '')) continue;
    // info.lines is the record's last line; its first is that minus the breaks inside fields.
    const breaks = record.reduce((sum, cell) => sum + cell.split('\n').length - 1, 0);
    yield { line: info.lines - breaks, cells: record };
  }
}

async function* dataRows(bytes: Uint8Array, encoding: TextEncoding, delimiter: ',' | ';') {
  let isHeader = true;
  for await (const row of csvRecords(bytes, encoding, delimiter)) {
    if (isHeader) isHeader = false;
    else yield row;
  }
}

/**
 * Reads a CSV file through once: its encoding, separator and header line, how many data rows
 * it has, and whether it parses at all. Header on line 1, then the data rows, which `rows()`
 * reads again whenever asked. `checkpoint` runs every thousand rows (a long file can be
 * cancelled while it is read).
 */
export async function readCsv(
  bytes: Uint8Array,
  lang: Language,
  checkpoint?: () => Promise<void>,
): Promise<CsvContent | CsvFailure> {
  const detected = detectEncoding(bytes);
  if ('failure' in detected) {
    const key = detected.failure === 'utf16' ? 'unreadableUtf16' : 'unreadableText';
    return { line: 1, message: importMessage(key, lang) };
  }
  const { encoding } = detected;
  const delimiter = detectDelimiter(textChunks(bytes, encoding));
  let headers: string[] | null = null;
  let rowCount = 0;
  const preview: SourceRow[] = [];
  try {
    for await (const row of csvRecords(bytes, encoding, delimiter)) {
      if (headers === null) {
        headers = row.cells.map((cell) => cell.trim());
        continue;
      }
      if (preview.length < previewRows) preview.push(row);
      if (++rowCount % rowsPerChunk === 0) await checkpoint?.();
    }
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
      const line = openQuoteLine(textChunks(bytes, encoding));
      return { line, message: importMessage('quoteNotClosed', lang) };
    }
    const line = typeof error.lines === 'number' ? error.lines : 1;
    return { line, message: importMessage('badCsv', lang, { detail: error.code }) };
  }
  if (headers === null) return { line: 1, message: importMessage('emptyFile', lang) };
  return {
    encoding,
    delimiter,
    headers,
    rowCount,
    preview,
    rows: () => dataRows(bytes, encoding, delimiter),
  };
}
