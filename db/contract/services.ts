import { z } from 'zod';
import { isValidIsoDate } from './dates.ts';

/** The service catalogue, acts delivered to clients, and anonymous tallies. */

export const builtInServiceTypes = [
  'social_legal_counselling',
  'library',
  'internet',
  'interpreting',
  'other',
  'czech_course',
  'sociocultural_course',
  'pc_course',
] as const;

export type BuiltInServiceType = (typeof builtInServiceTypes)[number];

export const builtInServiceLabels: Record<BuiltInServiceType, { cs: string; en: string }> = {
  social_legal_counselling: { cs: 'Sociálně právní poradenství', en: 'Socio-legal counselling' },
  library: { cs: 'Knihovna', en: 'Library' },
  internet: { cs: 'Internet', en: 'Internet' },
  interpreting: { cs: 'Tlumočení', en: 'Interpreting' },
  other: { cs: 'Jiná služba', en: 'Other service' },
  czech_course: { cs: 'Kurz češtiny', en: 'Czech course' },
  sociocultural_course: { cs: 'Sociokulturní kurz', en: 'Sociocultural course' },
  pc_course: { cs: 'PC kurz', en: 'PC course' },
};

/** Types whose acts come from course attendance or library loans, never from the act form. */
export const derivedServiceTypes: ReadonlySet<string> = new Set([
  'czech_course',
  'sociocultural_course',
  'pc_course',
  'library',
]);

/** Types whose notes are confidential (counselling). */
export const confidentialServiceTypes: ReadonlySet<string> = new Set(['social_legal_counselling']);

export interface ServiceType {
  code: string;
  labelCs: string;
  labelEn: string;
  /** Acts of course types come from attendance, not from the act form. */
  isCourseType: boolean;
  isBuiltIn: boolean;
  isArchived: boolean;
}

export interface ServiceAct {
  id: string;
  clientId: string;
  type: string;
  date: string;
  town: string;
  minutes: number | null;
  workerId: string | null;
  workerName: string | null;
  /** Counselling notes are confidential: who may read them is enforced with roles. */
  isConfidential: boolean;
  note: string;
  /** Which public computer, for internet visits. */
  computer: string;
}

/** One line of a client's timeline: an act, an attended lesson or a library loan. */
export interface TimelineEntry {
  date: string;
  type: string;
  source: 'act' | 'lesson' | 'loan';
  sourceId: string;
  title: string;
  town: string;
  /** Empty for confidential notes: the act itself (acts.get) carries them. */
  note: string;
  isConfidential: boolean;
  minutes: number | null;
  computer: string;
  workerName: string | null;
}

export interface DayOverview {
  date: string;
  /** Every act of the day: recorded acts, attended lessons and library loans. */
  acts: {
    id: string;
    source: 'act' | 'lesson' | 'loan';
    clientId: string;
    clientName: string;
    type: string;
    town: string;
  }[];
  actsByType: { type: string; count: number }[];
  anonymousByType: { type: string; count: number }[];
}

const isoDate = z.string().trim().refine(isValidIsoDate, { error: 'invalidDate' });
const serviceCode = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{1,40}$/, { error: 'invalidCode' });

export const serviceTypeCreateInput = z.strictObject({
  code: serviceCode,
  labelCs: z.string().trim().min(1, { error: 'required' }).max(100, { error: 'tooLong' }),
  labelEn: z.string().trim().min(1, { error: 'required' }).max(100, { error: 'tooLong' }),
});

export const serviceTypeArchiveInput = z.strictObject({
  code: serviceCode,
  isArchived: z.boolean(),
});

export const serviceTypeListInput = z.strictObject({ includeArchived: z.boolean().default(false) });

export const actRecordInput = z.strictObject({
  clientId: z.string().min(1, { error: 'required' }),
  type: serviceCode,
  /** Today when omitted. */
  date: isoDate.optional(),
  /** This site's town when omitted. */
  town: z.string().trim().max(100, { error: 'tooLong' }).optional(),
  minutes: z
    .number()
    .int()
    .min(1, { error: 'invalidMinutes' })
    .max(24 * 60, { error: 'invalidMinutes' })
    .nullable()
    .optional(),
  note: z.string().trim().max(4000, { error: 'tooLong' }).default(''),
  computer: z.string().trim().max(40, { error: 'tooLong' }).default(''),
});

export const actUpdateInput = z.strictObject({
  id: z.string().min(1, { error: 'required' }),
  changes: z
    .strictObject({
      type: serviceCode,
      date: isoDate,
      town: z.string().trim().max(100, { error: 'tooLong' }),
      minutes: z
        .number()
        .int()
        .min(1, { error: 'invalidMinutes' })
        .max(24 * 60, { error: 'invalidMinutes' })
        .nullable(),
      note: z.string().trim().max(4000, { error: 'tooLong' }),
    })
    .partial(),
});

export const idInput = z.strictObject({ id: z.string().min(1, { error: 'required' }) });
export const clientTimelineInput = z.strictObject({
  clientId: z.string().min(1, { error: 'required' }),
});
export const dayInput = z.strictObject({ date: isoDate.optional() });

/** Takes back the latest walk-in entry of that day, type and town (a mistaken "+1"). */
export const tallyUndoInput = z.strictObject({
  type: serviceCode,
  date: isoDate.optional(),
  town: z.string().trim().max(100, { error: 'tooLong' }).optional(),
});

export const tallyAddInput = z.strictObject({
  type: serviceCode,
  date: isoDate.optional(),
  town: z.string().trim().max(100, { error: 'tooLong' }).optional(),
  count: z
    .number()
    .int()
    .min(1, { error: 'invalidCount' })
    .max(1000, { error: 'invalidCount' })
    .default(1),
});
