import type { z } from 'zod';
import type { clientFields } from '../contract/clients.ts';
import type { courseCreateInput } from '../contract/courses.ts';
import type { ImportCounts } from '../contract/legacy-import.ts';

/**
 * The rows a checked import writes, one at a time as the checks accept them. Rows imported
 * before under the same source are counted as unchanged and never planned: a ref already
 * imported is left as it is, with any edits made in Přístav since.
 */
export interface PlannedClient {
  ref: string;
  fields: z.output<typeof clientFields>;
}

export interface PlannedCourse {
  ref: string;
  fields: z.output<typeof courseCreateInput>;
}

export interface PlannedService {
  key: string;
  clientRef: string;
  type: string;
  date: string;
  town: string;
  minutes: number | null;
  note: string;
}

export interface PlannedTally {
  key: string;
  type: string;
  date: string;
  town: string;
  count: number;
}

/** A new attendance mark; its lesson and enrolment are created where missing. */
export interface PlannedMark {
  courseRef: string;
  clientRef: string;
  date: string;
  isPresent: boolean;
}

/**
 * Where a pass over the files sends each row to write: the check pass only counts them, the
 * write pass writes them. Nothing collects them, so memory does not grow with the files.
 */
export interface PlanSink {
  client(row: PlannedClient): void;
  course(row: PlannedCourse): void;
  service(row: PlannedService): void;
  tally(row: PlannedTally): void;
  attendance(row: PlannedMark): void;
}

export const countOnly: PlanSink = {
  client: () => {},
  course: () => {},
  service: () => {},
  tally: () => {},
  attendance: () => {},
};

/**
 * The day each client's enrolment in a course starts: their first lesson of it in the files,
 * by `courseRef\nclientRef`. Known only once every row is read, so the check pass finds it
 * and the write pass uses it.
 */
export type EnrolmentStarts = Map<string, string>;

export function enrolmentKey(courseRef: string, clientRef: string): string {
  return `${courseRef}\n${clientRef}`;
}

export function emptyCounts(): ImportCounts {
  return {
    clients: 0,
    services: 0,
    courses: 0,
    lessons: 0,
    attendance: 0,
    tallies: 0,
    unchanged: 0,
  };
}

/** Rows the writer works through: what the progress bar of the writing phase counts. */
export function plannedRows(counts: ImportCounts): number {
  return counts.clients + counts.courses + counts.services + counts.tallies + counts.attendance;
}
