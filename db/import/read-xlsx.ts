import ExcelJS from 'exceljs';
import type { SourceRow } from './source-table.ts';

export interface SheetContent {
  name: string;
  headers: string[];
  rows: SourceRow[];
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

/**
 * Every sheet of a workbook: the first non-empty row is the header, each later non-empty row a
 * data row whose line is its row number. Throws when the bytes are not an XLSX workbook.
 */
export async function readXlsx(bytes: Uint8Array): Promise<SheetContent[]> {
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own Buffer type; a Node Buffer over the same bytes is what it reads.
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const sheets: SheetContent[] = [];
  workbook.eachSheet((worksheet) => {
    const width = worksheet.columnCount;
    const rows: SourceRow[] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells = Array.from({ length: width }, (_, i) => cellText(row.getCell(i + 1).value));
      if (cells.some((cell) => cell.trim() !== '')) rows.push({ line: rowNumber, cells });
    });
    const header = rows.shift();
    const headers = (header?.cells ?? []).map((cell) => cell.trim());
    // Trailing empty header cells are formatting, not columns.
    while (headers.length > 0 && headers.at(-1) === '') headers.pop();
    sheets.push({ name: worksheet.name, headers, rows });
  });
  return sheets;
}
