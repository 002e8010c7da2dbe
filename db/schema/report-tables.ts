/** Kysely row types of the act view reports count and of the report summaries (all local). */
import type { Generated } from 'kysely';

/** The view of every act: hand-entered acts, attended lessons (by course kind) and loans. */
export interface AllActsView {
  source: 'act' | 'lesson' | 'loan';
  source_id: string;
  client_id: string;
  type: string;
  date: string;
  town: string;
  /** An attended lesson's course, NULL for the other sources. */
  course_id: string | null;
  course_kind: string | null;
}

/** A submitted report, frozen: figures is its JSON (append-only, triggers refuse updates). */
export interface ReportSubmissionsTable {
  id: string;
  period_from: string;
  period_to: string;
  town: string;
  figures: string;
  acts: number;
  submitted_at: string;
  submitted_by: string | null;
  note: string;
}

/** One row per act a submitted report counted: whom for and where, as it stood then. */
export interface ReportSubmissionActsTable {
  submission_id: string;
  source: string;
  source_id: string;
  person: string;
  nationality: string;
  type: string;
  date: string;
  town: string;
}

/** How many acts of a submitted period had changed, as of a report_generation. */
export interface ReportSubmissionChecksTable {
  submission_id: string;
  generation: number;
  changed_acts: number;
}

/** What an act is counted by: type, town, course kind (an attended lesson's), nationality. */
export interface ReportCombosTable {
  id: Generated<number>;
  type: string;
  town: string;
  kind: string | null;
  nationality: string;
}

/** The acts of up to 256 clients (by rowid) in one year: see db/summaries/summary-blob.ts. */
export interface ReportSummaryBlocksTable {
  year: number;
  block: number;
  clients: Uint8Array;
}

/** Rowids of client rows deleted outright. */
export interface ReportErasedTable {
  client_rowid: number;
}

/** Clients whose summaries must be recounted. */
export interface ReportDirtyTable {
  client_id: string;
}

/** One row (id 1): the count of summary refreshes that changed something. */
export interface ReportGenerationTable {
  id: number;
  n: number;
}
