import { z } from 'zod';
import { isoDate, requiredText } from './input-rules.ts';

/**
 * One month of the period report's trend: the clients served and the acts delivered in it,
 * counted from the same acts as reports.period (a client served in two months counts in each).
 */
export interface MonthlyFigures {
  /** 'YYYY-MM'. */
  month: string;
  clients: number;
  acts: number;
}

export const reportExportFormats = ['csv', 'xlsx', 'pdf'] as const;
export type ReportExportFormat = (typeof reportExportFormats)[number];

/** The period report as a file: the same period and town as reports.period, and a format. */
export const reportExportInput = z
  .strictObject({
    from: isoDate,
    to: isoDate,
    town: requiredText(100).optional(),
    format: z.enum(reportExportFormats, { error: 'invalidChoice' }),
  })
  .refine((period) => period.from <= period.to, { error: 'endBeforeStart', path: ['to'] });

/** A file made by the app, base64-encoded so that it travels through both transports as JSON. */
export interface ExportedFile {
  /** ASCII only, e.g. prehled-2010-05-01-2010-12-31-ceska-lipa.xlsx. */
  fileName: string;
  mimeType: string;
  base64: string;
}
