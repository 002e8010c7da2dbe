import type { PeriodReport } from '../contract/reports.ts';
import type { ReportSubmission } from '../contract/report-submissions.ts';
import { newId } from '../ids.ts';
import type { Store } from '../store.ts';
import { countChangedActs } from './changed-acts.ts';
import { type PeriodParams, toPeriodParams, withPeriodActs } from '../summaries/period-acts.ts';
import { buildPeriodReport } from './period-report.ts';
import { reportGeneration, withFreshSummaries } from '../summaries/refresh-summaries.ts';

export interface SubmissionRow {
  id: string;
  period_from: string;
  period_to: string;
  town: string;
  figures: string;
  acts: number;
  submitted_at: string;
  submitted_by: string | null;
  user_name: string | null;
  note: string;
}

const selectSubmissions = `SELECT s.*, u.name AS user_name FROM report_submissions s
  LEFT JOIN users u ON u.id = s.submitted_by`;

export function toSubmission(row: SubmissionRow, changedActs: number): ReportSubmission {
  return {
    id: row.id,
    from: row.period_from,
    to: row.period_to,
    town: row.town === '' ? null : row.town,
    acts: row.acts,
    submittedAt: row.submitted_at,
    submittedBy: row.user_name,
    note: row.note,
    changedActs,
  };
}

/**
 * Marks a period as submitted: stores its figures as they are now and the acts they were
 * counted from, in one transaction with the count, so the two can never disagree. Submitting
 * the same period again (a corrected report) adds a newer submission; the old one stays.
 */
export function submitReport(
  store: Store,
  userId: string | null,
  input: { from: string; to: string; town?: string | undefined; note?: string | undefined },
): ReportSubmission {
  const params = toPeriodParams(input);
  const db = store.sqlite;
  return withFreshSummaries(
    store,
    () => {
      const figures = buildPeriodReport(store, input);
      const id = newId();
      db.prepare(
        `INSERT INTO report_submissions
         (id, period_from, period_to, town, figures, acts, submitted_at, submitted_by, note)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        id,
        params.from,
        params.to,
        params.town ?? '',
        JSON.stringify(figures),
        figures.acts,
        new Date(store.now()).toISOString(),
        userId,
        input.note ?? '',
      );
      withPeriodActs(store, params, () =>
        db
          .prepare(
            `INSERT INTO report_submission_acts
             (submission_id, source, source_id, person, nationality, type, date, town)
           SELECT ?, source, source_id, person, nationality, type, date, town FROM report_acts`,
          )
          .run(id),
      );
      return toSubmission(readSubmission(store, id), 0);
    },
    'immediate',
  );
}

function readSubmission(store: Store, id: string): SubmissionRow {
  return store.sqlite.prepare(`${selectSubmissions} WHERE s.id = ?`).get(id) as SubmissionRow;
}

/** The latest submission of exactly this period and town, or null when it was never submitted. */
export function findSubmission(
  store: Store,
  params: PeriodParams,
): { row: SubmissionRow; figures: PeriodReport } | null {
  const row = store.sqlite
    .prepare(
      `${selectSubmissions} WHERE s.period_from = ? AND s.period_to = ? AND s.town = ?
       ORDER BY s.submitted_at DESC, s.id DESC LIMIT 1`,
    )
    .get(params.from, params.to, params.town ?? '') as SubmissionRow | undefined;
  return row ? { row, figures: JSON.parse(row.figures) as PeriodReport } : null;
}

/**
 * Every submission, newest first, each with how many acts of its period have changed since —
 * what the coordinator must see before a number already reported moves. A period is recounted
 * only when the acts have changed since it was last counted (report_generation).
 */
export function listSubmissions(store: Store): ReportSubmission[] {
  return withFreshSummaries(
    store,
    () => {
      const generation = reportGeneration(store);
      const rows = store.sqlite
        .prepare(`${selectSubmissions} ORDER BY s.submitted_at DESC, s.id DESC`)
        .all() as SubmissionRow[];
      return rows.map((row) => toSubmission(row, changedActsOf(store, row, generation)));
    },
    'immediate',
  );
}

function changedActsOf(store: Store, row: SubmissionRow, generation: number | null): number {
  const db = store.sqlite;
  if (generation !== null) {
    const checked = db
      .prepare(
        'SELECT changed_acts FROM report_submission_checks WHERE submission_id = ? AND generation = ?',
      )
      .pluck()
      .get(row.id, generation) as number | undefined;
    if (checked !== undefined) return checked;
  }
  const changed = withPeriodActs(
    store,
    { from: row.period_from, to: row.period_to, town: row.town === '' ? null : row.town },
    () => countChangedActs(store, row.id),
  );
  if (generation !== null) {
    db.prepare('INSERT OR REPLACE INTO report_submission_checks VALUES (?, ?, ?)').run(
      row.id,
      generation,
      changed,
    );
  }
  return changed;
}
