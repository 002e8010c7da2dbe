import { z } from 'zod';
import { isoDate, requiredText } from './input-rules.ts';
import type { Sex } from './residence.ts';

/**
 * Age groups the funder asks for, by age on the period's first day (a birth date given as a
 * year alone counts as 1 July of that year); null is an unknown birth date.
 */
export const ageGroups = ['0-14', '15-17', '18-25', '26-64', '65+'] as const;
export type AgeGroup = (typeof ageGroups)[number];

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
  /** Served clients by sex (null: not recorded). */
  bySex: { sex: Sex | null; clients: number }[];
  /** Served clients by age on the period's first day (null: birth date unknown). */
  byAgeGroup: { group: AgeGroup | null; clients: number }[];
  /** Served clients by residence status (a code of residenceStatuses; null: not recorded). */
  byResidenceStatus: { status: string | null; clients: number }[];
  /** Served clients whose first act ever falls in the period; the others are returning. */
  newClients: number;
  /** Acts that referred a client to a partner organisation, by the partner's kind. */
  referrals: { partnerKind: string; referrals: number; clients: number }[];
  /**
   * Events held in the period (in the town), everyone who took part as counted, and the served
   * clients whose attendance is recorded (acts of type `event`).
   */
  events: { events: number; participants: number; clients: number };
  /**
   * Served clients who are EU/EEA/Swiss or Czech citizens, and their acts: not the funder's
   * clients (it counts third-country nationals), so every other figure leaves them out.
   */
  otherClients: { clients: number; acts: number };
}

export const periodReportInput = z
  .strictObject({
    from: isoDate,
    to: isoDate,
    town: requiredText(100).optional(),
  })
  .refine((period) => period.from <= period.to, { error: 'endBeforeStart', path: ['to'] });
