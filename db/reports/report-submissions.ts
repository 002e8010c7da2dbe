import type { PeriodReport } from '../contract/reports.ts';
import type { ReportSubmission } from '../contract/report-submissions.ts';
import { newId } from '../ids.ts';
import { execute, selectAll, selectFirst } from '../query.ts';
import type { ReportSubmissionsTable } from '../schema.ts';
import type { Store } from '../store.ts';
import { countChangedActs } from './changed-acts.ts';
import {
  type PeriodActTables,
  type PeriodParams,
  toPeriodParams,
  withPeriodActs,
} from '../summaries/period-acts.ts';
import { buildPeriodReport } from './period-report.ts';
import { reportGeneration, withFreshSummaries } from '../summaries/refresh-summaries.ts';

export type SubmissionRow = ReportSubmissionsTable & { user_name: string | null };

function selectSubmissions(store: Store) {
  return store.db
    .selectFrom('report_submissions as s')
    .leftJoin('users as u', 'u.id', 's.submitted_by')
    .selectAll('s')
    .select('u.name as user_name');
}

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
  return withFreshSummaries(
    store,
    () => {
      const figures = buildPeriodReport(store, input);
      const id = newId();
      execute(
        store,
        store.db.insertInto('report_submissions').values({
          id,
          period_from: params.from,
          period_to: params.to,
          town: params.town ?? '',
          figures: JSON.stringify(figures),
          acts: figures.acts,
          submitted_at: new Date(store.now()).toISOString(),
          submitted_by: userId,
          note: input.note ?? '',
        }),
      );
      withPeriodActs(store, params, () =>
        execute(
          store,
          store.db
            .withTables<PeriodActTables>()
            .insertInto('report_submission_acts')
            .columns([
              'submission_id',
              'source',
              'source_id',
              'person',
              'nationality',
              'type',
              'date',
              'town',
            ])
            .expression((eb) =>
              eb
                .selectFrom('report_acts')
                .select([
                  eb.val(id).as('submission_id'),
                  'source',
                  'source_id',
                  'person',
                  'nationality',
                  'type',
                  'date',
                  'town',
                ]),
            ),
        ),
      );
      return toSubmission(readSubmission(store, id), 0);
    },
    'immediate',
  );
}

function readSubmission(store: Store, id: string): SubmissionRow {
  return selectFirst(store, selectSubmissions(store).where('s.id', '=', id))!;
}

/** The latest submission of exactly this period and town, or null when it was never submitted. */
export function findSubmission(
  store: Store,
  params: PeriodParams,
): { row: SubmissionRow; figures: PeriodReport } | null {
  const row = selectFirst(
    store,
    selectSubmissions(store)
      .where('s.period_from', '=', params.from)
      .where('s.period_to', '=', params.to)
      .where('s.town', '=', params.town ?? '')
      .orderBy('s.submitted_at', 'desc')
      .orderBy('s.id', 'desc')
      .limit(1),
  );
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
      const rows = selectAll(
        store,
        selectSubmissions(store).orderBy('s.submitted_at', 'desc').orderBy('s.id', 'desc'),
      );
      return rows.map((row) => toSubmission(row, changedActsOf(store, row, generation)));
    },
    'immediate',
  );
}

function changedActsOf(store: Store, row: SubmissionRow, generation: number | null): number {
  if (generation !== null) {
    const checked = selectFirst(
      store,
      store.db
        .selectFrom('report_submission_checks')
        .select('changed_acts')
        .where('submission_id', '=', row.id)
        .where('generation', '=', generation),
    );
    if (checked !== undefined) return checked.changed_acts;
  }
  const changed = withPeriodActs(
    store,
    { from: row.period_from, to: row.period_to, town: row.town === '' ? null : row.town },
    () => countChangedActs(store, row.id),
  );
  if (generation !== null) {
    execute(
      store,
      store.db
        .insertInto('report_submission_checks')
        .orReplace()
        .values({ submission_id: row.id, generation, changed_acts: changed }),
    );
  }
  return changed;
}
