import { z } from 'zod';
import { courseKinds } from './courses.ts';
import { boundedInt, isoDate, requiredText } from './input-rules.ts';
import { ageGroups } from './reports.ts';
import { sexes } from './residence.ts';

/**
 * The clients or acts behind one number of the period report. Counted from the same acts as
 * the report (reports.period), so the total of a drill-down is the number that was clicked.
 */
const text = requiredText(100);

export const drilldownShows = ['clients', 'acts'] as const;
export type DrilldownShow = (typeof drilldownShows)[number];

/** At most this many rows per call: a long list is read page by page. */
export const drilldownPageLimit = 500;

/** A filter value for "not recorded": a person without a sex, birth date or residence status. */
export const notRecorded = 'unknown';

export const drilldownFilter = z.strictObject({
  /** Acts of this service type (a code of the catalogue, or czech_course, library, …). */
  type: text.optional(),
  /** Clients of this nationality (ISO code); their acts. */
  country: text.toUpperCase().optional(),
  /** Acts delivered in this town. */
  town: requiredText(100).optional(),
  /** Participants of courses of this kind: acts from attended lessons of its running courses. */
  courseKind: z.enum(courseKinds, { error: 'invalidChoice' }).optional(),
  /** Participants of any course: acts from attended lessons of running courses. */
  isCourseAttendance: z.boolean({ error: 'invalidType' }).optional(),
  /** Clients of this sex; `unknown` where none is recorded. */
  sex: z.enum([...sexes, notRecorded], { error: 'invalidChoice' }).optional(),
  /** Clients of this age group on the period's first day; `unknown` without a birth date. */
  ageGroup: z.enum([...ageGroups, notRecorded], { error: 'invalidChoice' }).optional(),
  /** Clients of this residence status (a code); `unknown` where none is recorded. */
  residenceStatus: text.optional(),
  /** New clients (first act ever in the period), or with false the returning ones. */
  isNew: z.boolean({ error: 'invalidType' }).optional(),
  /** Acts that referred the client to a partner of this kind (a code of partnerKinds). */
  partnerKind: text.optional(),
  /** Every act that referred the client to a partner organisation. */
  isReferral: z.boolean({ error: 'invalidType' }).optional(),
  /**
   * The EU/EEA/Swiss and Czech citizens the report shows apart (otherClients), instead of the
   * third-country nationals every other list shows.
   */
  isOtherClient: z.boolean({ error: 'invalidType' }).optional(),
});
export type DrilldownFilter = z.infer<typeof drilldownFilter>;

export const reportDrilldownInput = z
  .strictObject({
    from: isoDate,
    to: isoDate,
    /** The report's own town: only acts delivered there count, as in reports.period. */
    town: requiredText(100).optional(),
    show: z.enum(drilldownShows, { error: 'invalidChoice' }),
    filter: drilldownFilter.default({}),
    offset: boundedInt(0, 10_000_000).default(0),
    limit: boundedInt(1, drilldownPageLimit).default(100),
  })
  .refine((input) => input.from <= input.to, { error: 'endBeforeStart', path: ['to'] });

/** A served client with the number of their acts in the period (under the filter). */
export interface DrilldownClient {
  id: string;
  familyName: string;
  givenNames: string;
  /** "Family Given", or the nickname of a pseudonymous record. */
  displayName: string;
  /** YYYY-MM-DD or a year alone; tells apart people of the same name. */
  birthDate: string | null;
  nationality: string;
  acts: number;
}

/** One act, counted for the person it counts for (a merged record's survivor). */
export interface DrilldownAct {
  source: 'act' | 'lesson' | 'loan';
  sourceId: string;
  clientId: string;
  clientName: string;
  type: string;
  date: string;
  town: string;
  /** The course of an attended lesson, the book of a loan, the event attended; else empty. */
  detail: string;
}

export type ReportDrilldown =
  | { show: 'clients'; total: number; rows: DrilldownClient[] }
  | { show: 'acts'; total: number; rows: DrilldownAct[] };

/** What the report screen offers to choose from: the dates the data spans and its towns. */
export interface ReportRange {
  /** The day of the earliest act or anonymous tally; null in an empty database. */
  firstDate: string | null;
  lastDate: string | null;
  /** Every town where an act, a course or a tally took place, in Czech order. */
  towns: string[];
}
