import { z } from 'zod';
import { isValidIsoDate } from './dates.ts';

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

const isoDate = z.string().trim().refine(isValidIsoDate, { error: 'invalidDate' });

export const periodReportInput = z
  .strictObject({
    from: isoDate,
    to: isoDate,
    town: z.string().trim().min(1).optional(),
  })
  .refine((period) => period.from <= period.to, { error: 'endBeforeStart', path: ['to'] });
