import { z } from 'zod';
import { cleanText, isoDate, requiredText } from './input-rules.ts';
import { periodReportInput, type PeriodReport } from './reports.ts';

/**
 * Period locking: a submitted report keeps the figures handed to the funder. A later change
 * (an edit, a late import from a branch) shows as a difference with the acts behind it.
 */
export const reportSubmitInput = z
  .strictObject({
    from: isoDate,
    to: isoDate,
    town: requiredText(100).optional(),
    note: cleanText(500, { isMultiLine: true }).optional(),
  })
  .refine((period) => period.from <= period.to, { error: 'endBeforeStart', path: ['to'] });

/** The period and town of a submitted report (the same shape as the report's own input). */
export const reportSubmissionQuery = periodReportInput;

export const reportSubmissionsInput = z.strictObject({}).optional();

export interface ReportSubmission {
  id: string;
  from: string;
  to: string;
  town: string | null;
  acts: number;
  submittedAt: string;
  submittedBy: string | null;
  note: string;
  /** Acts added, removed or changed in the period since it was submitted. */
  changedActs: number;
}

/** The table of the report a figure comes from, and which row of it (null for the totals). */
export type ReportFigureTable =
  | 'totals'
  | 'byNationality'
  | 'byServiceType'
  | 'courses'
  | 'byTown'
  | 'anonymous'
  | 'bySex'
  | 'byAgeGroup'
  | 'byResidenceStatus'
  | 'referrals'
  | 'events'
  | 'otherClients';

export interface ReportFigureDifference {
  table: ReportFigureTable;
  /**
   * The row's key: country code, service type, course kind, town, sex, age group, residence
   * status or partner kind ('unknown' where the person's is not recorded); null for the totals,
   * events and other clients.
   */
  key: string | null;
  /** The number's name in the report's JSON: clients, acts, courses, participants, … */
  measure: string;
  submitted: number;
  current: number;
}

export type ActChange = 'added' | 'removed' | 'changed';

/** One act behind a difference: how it counts now, and how it counted when submitted. */
export interface ChangedAct {
  change: ActChange;
  source: string;
  sourceId: string;
  clientId: string;
  clientName: string;
  now: { type: string; date: string; town: string; nationality: string } | null;
  before: { type: string; date: string; town: string; nationality: string } | null;
}

export interface ReportComparison {
  submission: ReportSubmission;
  submitted: PeriodReport;
  current: PeriodReport;
  differences: ReportFigureDifference[];
  /** The acts behind the differences, at most `changedActsShown` of them, by date. */
  changedActs: ChangedAct[];
  changedActsTotal: number;
}

export const changedActsShown = 500;
