import type { MethodDefinition } from '../api-types.ts';
import { compareWithSubmission } from './report-comparison.ts';
import { listSubmissions, submitReport } from './report-submissions.ts';

type SubmissionMethod = 'reports.submit' | 'reports.submissions' | 'reports.compare';

/** Period locking: submit a period's figures, list submissions, compare with the present. */
export const reportSubmissionMethods: { [M in SubmissionMethod]: MethodDefinition<M> } = {
  'reports.submit': { handler: ({ store, userId }, input) => submitReport(store, userId, input) },
  'reports.submissions': { handler: ({ store }) => listSubmissions(store) },
  'reports.compare': { handler: ({ store }, input) => compareWithSubmission(store, input) },
};
