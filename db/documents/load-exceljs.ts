import type ExcelJS from 'exceljs';

/**
 * exceljs (with its zip, stream and CSV dependencies, several hundred modules) is loaded when a
 * workbook is first read or written, not when the app or the CLI starts: most runs never
 * touch one. The promise is kept, so the library is loaded once.
 */
let excelJs: Promise<typeof ExcelJS> | undefined;

export function loadExcelJs(): Promise<typeof ExcelJS> {
  excelJs ??= import('exceljs').then((module) => module.default);
  return excelJs;
}
