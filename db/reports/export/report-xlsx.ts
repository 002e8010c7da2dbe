import type ExcelJS from 'exceljs';
import { loadExcelJs } from '../../documents/load-exceljs.ts';
import type { Cell, ReportTable, ReportTables } from './report-tables.ts';

/**
 * The report as an Excel workbook: one worksheet per table (Souhrn, Národnosti, …), the header
 * in the first row (bold, frozen, with a filter) so that the sheet sorts and filters as it is,
 * numbers stored as numbers so that a funder's spreadsheet can sum them.
 */

const integerFormat = '#,##0';
const decimalFormat = '0.00';

/** Characters of the widest cell, in Excel's width unit (about one digit each). */
function columnWidth(table: ReportTable, index: number): number {
  const widths = [table.columns[index]?.header ?? '', ...table.rows.map((row) => row[index])].map(
    (value) =>
      typeof value === 'number' ? value.toLocaleString('cs-CZ').length : String(value ?? '').length,
  );
  return Math.min(60, Math.max(10, ...widths) + 2);
}

function numberFormat(value: Cell): string | undefined {
  if (typeof value !== 'number') return undefined;
  return Number.isInteger(value) ? integerFormat : decimalFormat;
}

function addSheet(workbook: ExcelJS.Workbook, table: ReportTable) {
  const sheet = workbook.addWorksheet(table.name, {
    views: [{ state: 'frozen', ySplit: 1 }],
    properties: { defaultRowHeight: 16 },
  });
  sheet.columns = table.columns.map((column, index) => ({
    header: column.header,
    width: columnWidth(table, index),
    style: { alignment: { horizontal: column.isNumeric ? 'right' : 'left' } },
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6E6E6' } };
  header.border = { bottom: { style: 'thin', color: { argb: 'FF8A8A8A' } } };
  for (const values of table.rows) {
    const row = sheet.addRow(values);
    values.forEach((value, index) => {
      const format = numberFormat(value);
      const cell = row.getCell(index + 1);
      if (format) cell.numFmt = format;
      // The summary's value column holds text and numbers: align each by what it holds.
      cell.alignment = { horizontal: typeof value === 'number' ? 'right' : 'left' };
    });
  }
  if (table.rows.length > 0) {
    sheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: 1, column: table.columns.length },
    };
  }
}

export async function reportToXlsx(
  tables: ReportTables,
  options: { createdAt?: Date | undefined } = {},
): Promise<Buffer> {
  const excel = await loadExcelJs();
  const workbook = new excel.Workbook();
  workbook.creator = 'Přístav';
  workbook.title = `${tables.title} ${tables.period}`;
  workbook.created = options.createdAt ?? new Date();
  workbook.modified = workbook.created;
  for (const table of tables.tables) addSheet(workbook, table);
  const bytes = await workbook.xlsx.writeBuffer();
  return Buffer.from(bytes as ArrayBuffer);
}
