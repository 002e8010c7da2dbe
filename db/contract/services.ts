import { z } from 'zod';
import { courseServiceTypes } from './courses.ts';
import {
  boundedInt,
  cleanText,
  eventDate,
  isoDate,
  optionalName,
  recordId,
  requiredText,
} from './input-rules.ts';

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
  'event',
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
  event: { cs: 'Účast na akci', en: 'Event attendance' },
};

/** The course kinds' service types (contract/courses.ts); the typecheck holds them built in. */
const courseTypes: readonly BuiltInServiceType[] = courseServiceTypes;

/**
 * Types whose acts come from course attendance (or an event), never from the act form. Library
 * acts come from loans and from visits without a loan (reading room, newspapers), which are
 * recorded as acts — by the reception, the act form, `service add` and the legacy import alike.
 */
export const derivedServiceTypes: ReadonlySet<string> = new Set([
  ...courseTypes,
  // Attendance at an event is recorded with the event (Akce), dated and placed as it.
  'event',
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
  /** The partner organisation the client was referred to with this act, if any. */
  partnerId: string | null;
  /** The event whose attendance this act records (type `event`), if any. */
  eventId: string | null;
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
  /** The partner organisation the client was referred to with this act, if any. */
  referral: { partnerId: string; name: string; kind: string } | null;
  /** The event whose attendance this act records. */
  event: { id: string; topic: string; kind: string } | null;
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

const serviceCode = z
  .string({ error: 'invalidCode' })
  .trim()
  .regex(/^[a-z][a-z0-9_]{1,40}$/, { error: 'invalidCode' });
const town = optionalName(100);
const note = cleanText(4000, { isMultiLine: true });
const minutes = boundedInt(1, 24 * 60, 'invalidMinutes');

export const serviceTypeCreateInput = z.strictObject({
  code: serviceCode,
  labelCs: requiredText(100),
  labelEn: requiredText(100),
});

export const serviceTypeArchiveInput = z.strictObject({
  code: serviceCode,
  isArchived: z.boolean({ error: 'invalidType' }),
});

export const serviceTypeListInput = z.strictObject({
  includeArchived: z.boolean({ error: 'invalidType' }).default(false),
});

export const actRecordInput = z.strictObject({
  clientId: recordId,
  type: serviceCode,
  /** Today when omitted. */
  date: eventDate.optional(),
  /** This site's town when omitted. */
  town: town.optional(),
  minutes: minutes.nullable().optional(),
  note: note.default(''),
  computer: cleanText(40).default(''),
  /** "Odkázání na": the partner organisation the client was referred to. */
  partnerId: recordId.nullable().optional(),
});

export const actUpdateInput = z.strictObject({
  id: recordId,
  changes: z
    .strictObject({
      type: serviceCode,
      date: eventDate,
      town,
      minutes: minutes.nullable(),
      note,
      partnerId: recordId.nullable(),
    })
    .partial(),
});

export const idInput = z.strictObject({ id: recordId });
export const clientTimelineInput = z.strictObject({ clientId: recordId });
export const dayInput = z.strictObject({ date: isoDate.optional() });

/** Takes back the latest walk-in entry of that day, type and town (a mistaken "+1"). */
export const tallyUndoInput = z.strictObject({
  type: serviceCode,
  date: eventDate.optional(),
  town: town.optional(),
});

export const tallyAddInput = z.strictObject({
  type: serviceCode,
  date: eventDate.optional(),
  town: town.optional(),
  count: boundedInt(1, 1000, 'invalidCount').default(1),
});
