import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReportExportSource } from '../../../../db/reports/export/report-export-source.ts';
import { buildReportTables } from '../../../../db/reports/export/report-tables.ts';
import { reportToXlsx } from '../../../../db/reports/export/report-xlsx.ts';
import { openSmallCentre, period } from './small-centre.ts';

let centre: Awaited<ReturnType<typeof openSmallCentre>>;
let workbook: ExcelJS.Workbook;
beforeAll(async () => {
  centre = await openSmallCentre();
  const source = loadReportExportSource(centre.store, period);
  const bytes = await reportToXlsx(buildReportTables(source, 'cs'));
  // Read back the way a spreadsheet would: from the bytes alone.
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
});
afterAll(() => centre.close());

const values = (sheet: ExcelJS.Worksheet) => {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
};
const sheet = (name: string) => workbook.getWorksheet(name)!;

describe('the XLSX export', () => {
  it('has one worksheet per table, named in Czech', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Souhrn',
      'Národnosti',
      'Druhy služeb',
      'Kurzy',
      'Obce',
      'Anonymní',
      'Po měsících',
      'Pro poskytovatele',
      'Pohlaví',
      'Věk',
      'Pobyt',
      'Odkázání',
    ]);
  });

  it('puts a bold Czech header in the first row and numbers in number cells', () => {
    const towns = sheet('Obce');
    expect(values(towns)).toEqual([
      ['Obec', 'Klienti', 'Úkony', 'Kurzy', 'Účastníci'],
      ['Česká Lípa', 3, 6, 1, 3],
      ['Liberec', 2, 3, 0, 0],
    ]);
    expect(towns.getRow(1).getCell(1).font?.bold).toBe(true);
    for (let column = 2; column <= 5; column++) {
      expect(typeof towns.getRow(2).getCell(column).value).toBe('number');
    }
    expect(towns.getColumn(1).width).toBeGreaterThanOrEqual('Česká Lípa'.length);
    expect(values(sheet('Národnosti'))).toEqual([
      ['Státní příslušnost', 'Kód', 'Klienti'],
      ['Ukrajina', 'UA', 2],
      ['Mongolsko', 'MN', 1],
      ['Vietnam', 'VN', 1],
    ]);
    expect(values(sheet('Druhy služeb'))[3]).toEqual(['Doprovod na úřad', 1, 1]);
    expect(values(sheet('Kurzy'))[1]).toEqual(['Čeština – nízkoprahový kurz', 1, 3]);
    expect(values(sheet('Anonymní'))).toEqual([
      ['Služba', 'Úkony'],
      ['Internet', 6],
    ]);
    expect(values(sheet('Po měsících'))).toEqual([
      ['Měsíc', 'Klienti', 'Úkony'],
      ['září 2026', 0, 0],
      ['říjen 2026', 3, 5],
      ['listopad 2026', 3, 4],
    ]);
  });

  it('gives the period, the town and the key figures in the summary sheet', () => {
    const summary = values(sheet('Souhrn'));
    expect(summary[0]).toEqual(['Ukazatel', 'Hodnota']);
    expect(summary).toContainEqual(['Od', '1. 9. 2026']);
    expect(summary).toContainEqual(['Do', '30. 11. 2026']);
    expect(summary).toContainEqual(['Obec', 'všechny obce']);
    expect(summary).toContainEqual(['Klienti z třetích zemí', 4]);
    expect(summary).toContainEqual(['Úkonů na klienta', 2.25]);
  });

  it('gives the funder’s figures on sheets of their own', () => {
    expect(values(sheet('Pro poskytovatele'))).toContainEqual([
      'Klienti z EU/EHP/Švýcarska a Česka (mimo přehled)',
      1,
    ]);
    expect(values(sheet('Věk'))).toEqual([
      ['Věková skupina', 'Klienti'],
      ['26–64', 2],
      ['neuvedeno', 2],
    ]);
    expect(values(sheet('Odkázání'))).toEqual([
      ['Druh organizace', 'Odkázání', 'Klienti'],
      ['Úřad práce', 1, 1],
    ]);
  });
});
