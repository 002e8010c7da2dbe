import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { loadExcelJs } from '../documents/load-exceljs.ts';
import { checkWorkbookZip } from './check-workbook-zip.ts';
import { rowsPerChunk } from './job-control.ts';
import { previewRows, type SourceRow } from './source-table.ts';

export interface SheetContent {
  name: string;
  headers: string[];
  rowCount: number;
  preview: SourceRow[];
  /** The data rows, read again from the workbook on every call. */
  rows(): AsyncGenerator<SourceRow>;
}

/** A sheet as exceljs's streaming reader gives it; its typings lack the name. */
interface SheetReader extends AsyncIterable<ExcelJS.Row> {
  name?: string;
}

/**
 * What exceljs's streaming reader learns from the parts of a workbook around its sheets (its
 * own fields, which its typings do not show): the shared strings, the sheets' names, the date
 * system and the number formats that make a number a date.
 */
interface WorkbookParts {
  sharedStrings: unknown;
  workbookRels: unknown;
  model: unknown;
  properties: unknown;
  styles: unknown;
}

type ReaderOptions = ConstructorParameters<typeof ExcelJS.stream.xlsx.WorkbookReader>[1];

/**
 * exceljs's WorkbookReader over the bytes, a sheet at a time. A sheet it meets before the
 * shared strings and the workbook's relations (where Excel stores them) it first unpacks to a
 * temporary file, where the register's personal data would lie on disk for the whole import,
 * and stay if the workbook is broken further on. With those parts already known, it reads each
 * sheet straight from the zip, and drains a sheet nobody reads.
 */
async function openWorkbook(
  bytes: Uint8Array,
  options: ReaderOptions,
  parts: Partial<WorkbookParts>,
) {
  const excel = await loadExcelJs();
  const input = Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]);
  const reader = new excel.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    hyperlinks: 'ignore',
    entries: 'ignore',
    ...options,
  });
  return Object.assign(reader, parts) as unknown as AsyncIterable<SheetReader> & WorkbookParts;
}

/** The parts around the sheets, read once with every sheet drained unread. */
async function readParts(bytes: Uint8Array): Promise<WorkbookParts> {
  const reader = await openWorkbook(
    bytes,
    { sharedStrings: 'cache', styles: 'cache' },
    // Stand-ins that let exceljs read the sheets in place; it replaces them as it meets the parts.
    { sharedStrings: [], workbookRels: [], model: { sheets: [] } },
  );
  for await (const sheet of reader) void sheet;
  const { sharedStrings, workbookRels, model, properties, styles } = reader;
  return { sharedStrings, workbookRels, model, properties, styles };
}

/** The sheets, each a stream of rows; the parts are not read again (nor held twice). */
function eachSheet(bytes: Uint8Array, parts: WorkbookParts): Promise<AsyncIterable<SheetReader>> {
  return openWorkbook(bytes, { sharedStrings: 'ignore', styles: 'ignore' }, parts);
}

/** A cell as the text a CSV export would hold; dates as YYYY-MM-DD whatever the cell format. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number' || typeof value === 'string') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return String(value.text);
  if ('error' in value) return value.error;
  // A formula: its last computed result.
  return cellText(value.result ?? null);
}

/** Non-blank rows, each numbered as the sheet numbers it. */
async function* sheetRecords(sheet: SheetReader): AsyncGenerator<SourceRow> {
  let previous = 0;
  for await (const row of sheet) {
    // A row without its number (some generators omit it) follows the one before.
    const line = Number.isInteger(row.number) && row.number > 0 ? row.number : previous + 1;
    previous = line;
    const values = row.values as ExcelJS.CellValue[];
    // `values` is 1-based, as the sheet's columns are.
    const cells = Array.from({ length: Math.max(0, values.length - 1) }, (_, i) =>
      cellText(values[i + 1]),
    );
    if (cells.some((cell) => cell.trim() !== '')) yield { line, cells };
  }
}

async function* dataRows(
  bytes: Uint8Array,
  parts: WorkbookParts,
  name: string,
): AsyncGenerator<SourceRow> {
  for await (const sheet of await eachSheet(bytes, parts)) {
    if (sheet.name !== name) continue;
    let isHeader = true;
    for await (const row of sheetRecords(sheet)) {
      if (isHeader) isHeader = false;
      else yield row;
    }
    // The sheets after it are not needed: the rest of the zip is left unread.
    return;
  }
}

/**
 * Reads a workbook through once: each sheet's header (its first non-empty row), how many data
 * rows follow and the first of them. The rows of a sheet `isWanted` says no to are not read.
 * Throws when the bytes are not an XLSX workbook.
 */
export async function readXlsx(
  bytes: Uint8Array,
  isWanted: (name: string) => boolean = () => true,
  checkpoint?: () => Promise<void>,
): Promise<SheetContent[]> {
  checkWorkbookZip(bytes);
  const parts = await readParts(bytes);
  const sheets: SheetContent[] = [];
  for await (const sheet of await eachSheet(bytes, parts)) {
    const name = sheet.name ?? '';
    let headers: string[] | null = null;
    let rowCount = 0;
    const preview: SourceRow[] = [];
    if (isWanted(name)) {
      for await (const row of sheetRecords(sheet)) {
        if (headers === null) {
          headers = row.cells.map((cell) => cell.trim());
          // Trailing empty header cells are formatting, not columns.
          while (headers.length > 0 && headers.at(-1) === '') headers.pop();
          continue;
        }
        if (preview.length < previewRows) preview.push(row);
        if (++rowCount % rowsPerChunk === 0) await checkpoint?.();
      }
    }
    sheets.push({
      name,
      headers: headers ?? [],
      rowCount,
      preview,
      rows: () => dataRows(bytes, parts, name),
    });
  }
  // Bytes that are no zip at all unpack to nothing rather than fail.
  if (sheets.length === 0) throw new Error('not an XLSX workbook');
  return sheets;
}
