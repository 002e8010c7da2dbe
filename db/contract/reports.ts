import { z } from 'zod';
import { isoDate, requiredText } from './input-rules.ts';

/** The period report: the public JSON shape of INTERFACES.md, counted as FIGURES.md says. */
export interface PeriodReport {
  period: { from: string; to: string };
  town: string | null;
  clients: number;
  countries: number;
  acts: number;
  actsPerClient: number;
  byNationality: { country: string; clients: number }[];
  byServiceType: { type: string; clients: number; acts: number }[];
  courses: { kind: string; courses: number; participants: number }[];
  byTown: { town: string; clients: number; acts: number; courses: number; participants: number }[];
  anonymous: { type: string; acts: number }[];
}

export const periodReportInput = z
  .strictObject({
    from: isoDate,
    to: isoDate,
    town: requiredText(100).optional(),
  })
  .refine((period) => period.from <= period.to, { error: 'endBeforeStart', path: ['to'] });
