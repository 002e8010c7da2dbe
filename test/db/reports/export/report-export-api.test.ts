import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportedFile } from '../../../../db/contract/report-exports.ts';
import { exportFileName } from '../../../../db/reports/export/report-export.ts';
import { niceScale } from '../../../../db/reports/export/report-pdf-charts.ts';
import { monthLabels } from '../../../../db/reports/export/report-pdf-line-chart.ts';
import { openSmallCentre, period } from './small-centre.ts';

let centre: Awaited<ReturnType<typeof openSmallCentre>>;
beforeAll(async () => {
  centre = await openSmallCentre();
});
afterAll(() => centre.close());

async function exported(input: unknown, lang: 'cs' | 'en' = 'cs') {
  const result = await centre.api.invoke('reports.export', input, lang);
  if (!result.ok) throw new Error(result.error.message);
  const file = result.value as ExportedFile;
  return { ...file, bytes: Buffer.from(file.base64, 'base64') };
}

describe('reports.export', () => {
  it('answers each format with its file name, type and bytes', async () => {
    const csv = await exported({ ...period, format: 'csv' });
    expect(csv.fileName).toBe('prehled-2026-09-01-2026-11-30.csv');
    expect(csv.mimeType).toBe('text/csv; charset=utf-8');
    expect(csv.bytes.toString('utf8')).toContain('Klienti z třetích zemí;4\r\n');

    const xlsx = await exported({ ...period, format: 'xlsx' });
    expect(xlsx).toMatchObject({
      fileName: 'prehled-2026-09-01-2026-11-30.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets).toHaveLength(12);

    const pdf = await exported({ ...period, format: 'pdf' });
    expect(pdf).toMatchObject({ fileName: 'prehled-2026-09-01-2026-11-30.pdf' });
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('appends the town, folded to ASCII, and counts only its acts', async () => {
    const csv = await exported({ ...period, town: 'Česká Lípa', format: 'csv' });
    expect(csv.fileName).toBe('prehled-2026-09-01-2026-11-30-ceska-lipa.csv');
    expect(csv.bytes.toString('utf8')).toContain('Úkony klientům z třetích zemí;6\r\n');
  });

  it("labels the file in the caller's language", async () => {
    const csv = await exported({ ...period, format: 'csv' }, 'en');
    expect(csv.bytes.toString('utf8')).toContain('Third-country clients;4\r\n');
    expect(csv.fileName).toBe('prehled-2026-09-01-2026-11-30.csv');
  });

  it('refuses an unknown format or a reversed period with a message naming the field', async () => {
    const format = await centre.api.invoke('reports.export', { ...period, format: 'doc' }, 'cs');
    expect(format).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(!format.ok && format.error.message).toMatch(/formát/i);
    const reversed = await centre.api.invoke(
      'reports.export',
      { from: '2026-11-30', to: '2026-09-01', format: 'pdf' },
      'cs',
    );
    expect(reversed).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('export helpers', () => {
  it('folds any town name into an ASCII file name', () => {
    expect(exportFileName({ ...period, town: 'Stráž pod Ralskem' }, 'pdf')).toBe(
      'prehled-2026-09-01-2026-11-30-straz-pod-ralskem.pdf',
    );
  });

  it('rounds chart axes and keeps month labels apart', () => {
    expect(niceScale(672)).toEqual({ top: 800, step: 200 });
    expect(niceScale(3)).toEqual({ top: 3, step: 1 });
    expect(niceScale(0)).toEqual({ top: 4, step: 1 });
    const year = ['2010-05', '2010-06', '2010-07', '2010-08', '2010-09', '2010-10', '2010-11'];
    expect(monthLabels(year, 60)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    // Every 3rd calendar month (Jan, Apr, Jul, Oct) and the first; Jul is too near May.
    expect(monthLabels(year, 12)).toEqual([0, 5]);
  });
});
