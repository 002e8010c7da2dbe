import type { z } from 'zod';
import type { clientFields } from '../contract/clients.ts';
import type { courseCreateInput } from '../contract/courses.ts';
import type { ImportCounts } from '../contract/legacy-import.ts';
import type { LegacyRefIndex } from './legacy-refs.ts';

/**
 * What a checked import will write. Rows imported before under the same source are counted as
 * unchanged and left out: a ref already imported is left as it is, with any edits made in
 * Přístav since.
 */
export interface ImportPlan {
  source: string;
  /** Refs remembered under the source before this import: ref → row id, by kind. */
  known: LegacyRefIndex;
  clients: { ref: string; fields: z.output<typeof clientFields> }[];
  courses: { ref: string; fields: z.output<typeof courseCreateInput> }[];
  services: {
    key: string;
    clientRef: string;
    type: string;
    date: string;
    town: string;
    minutes: number | null;
    note: string;
  }[];
  tallies: { key: string; type: string; date: string; town: string; count: number }[];
  /** New attendance marks; their lessons and enrolments are created where missing. */
  attendance: {
    courseRef: string;
    clientRef: string;
    date: string;
    isPresent: boolean;
    /** The client's first lesson of the course in the files: the day an enrolment starts. */
    enrolledOn: string;
  }[];
  counts: ImportCounts;
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
export function plannedRows(plan: ImportPlan): number {
  return (
    plan.clients.length +
    plan.courses.length +
    plan.services.length +
    plan.tallies.length +
    plan.attendance.length
  );
}
