import { foldText } from '../../text/name-keys.ts';
import type { Language } from '../../contract/language.ts';
import type { ExportedFile, ReportExportFormat } from '../../contract/report-exports.ts';
import type { Store } from '../../store.ts';
import { reportToCsv } from './report-csv.ts';
import { loadReportExportSource } from './report-export-source.ts';
import { reportToPdf } from './report-pdf.ts';
import { buildReportTables } from './report-tables.ts';
import { reportToXlsx } from './report-xlsx.ts';

const mimeTypes: Record<ReportExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

/**
 * prehled-2010-05-01-2010-12-31[-ceska-lipa].xlsx: ASCII only, because some file shares and
 * mail clients mangle "Česká Lípa" in a name.
 */
export function exportFileName(
  period: { from: string; to: string; town?: string | undefined },
  format: ReportExportFormat,
): string {
  const town = period.town === undefined ? '' : foldText(period.town).replaceAll(' ', '-');
  return `${['prehled', period.from, period.to, town].filter(Boolean).join('-')}.${format}`;
}

export interface ReportExportRequest {
  from: string;
  to: string;
  town?: string | undefined;
  format: ReportExportFormat;
}

/** The period report as a file in the caller's language, counted exactly as reports.period. */
export async function exportPeriodReport(
  store: Store,
  request: ReportExportRequest,
  lang: Language,
  options: { createdAt?: Date | undefined } = {},
): Promise<ExportedFile> {
  const { format, ...period } = request;
  const source = loadReportExportSource(store, period);
  const bytes =
    format === 'pdf'
      ? await reportToPdf(source, lang, options)
      : format === 'xlsx'
        ? await reportToXlsx(buildReportTables(source, lang), options)
        : reportToCsv(buildReportTables(source, lang));
  return {
    fileName: exportFileName(period, format),
    mimeType: mimeTypes[format],
    base64: bytes.toString('base64'),
  };
}
