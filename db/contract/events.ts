import { z } from 'zod';
import type { Translated } from './language.ts';
import {
  boundedInt,
  cleanText,
  eventDate,
  isoDate,
  optionalName,
  recordId,
  requiredText,
} from './input-rules.ts';
import type { PartnerKind } from './partners.ts';

/**
 * Events the centre holds beyond the desk: meetings of the regional platform of partner
 * organisations, conferences (the one of 2 December 2010), information sessions. Each has a
 * number of participants; registered clients who attended are listed, and each attendance is
 * an act of the service type `event`, dated and placed as the event.
 */
export const eventKinds = ['platform_meeting', 'conference', 'info_session', 'other'] as const;
export type EventKind = (typeof eventKinds)[number];

export const eventKindLabels: Record<EventKind, Translated> = {
  platform_meeting: { cs: 'Setkání regionální platformy', en: 'Regional platform meeting' },
  conference: { cs: 'Konference', en: 'Conference' },
  info_session: { cs: 'Informační setkání', en: 'Information session' },
  other: { cs: 'Jiná akce', en: 'Other event' },
};

/** The service type of a registered client's attendance at an event. */
export const eventServiceType = 'event';

/** At most this many partners present and registered clients listed per event. */
export const maxEventPartners = 200;
export const maxEventClients = 2000;

export interface EventSummary {
  id: string;
  date: string;
  town: string;
  kind: EventKind;
  topic: string;
  /** Everyone who took part, registered or not, as the organisers counted them. */
  participants: number;
  /** Registered clients whose attendance is recorded (acts of type `event`). */
  clientCount: number;
  partners: { id: string; name: string; kind: PartnerKind }[];
  note: string;
}

export interface EventAttendee {
  clientId: string;
  displayName: string;
  nationality: string;
  /** The act that records the attendance. */
  actId: string;
}

export interface EventDetail extends EventSummary {
  attendees: EventAttendee[];
}

const kind = z.enum(eventKinds, { error: 'invalidChoice' });
const ids = (max: number) =>
  z
    .array(recordId, { error: 'invalidType' })
    .max(max, { error: 'tooMany' })
    .transform((list) => [...new Set(list)]);

const eventFields = {
  /** The day it took place; a planned one up to a year ahead (attendance only once it has). */
  date: eventDate,
  town: optionalName(100),
  /** `eventKind`, not `kind`: a message names the field by its key (fields.ts). */
  eventKind: kind,
  topic: requiredText(300),
  participants: boundedInt(0, 100_000),
  partnerIds: ids(maxEventPartners),
  /** The registered clients who attended: each gets one act of type `event`. */
  clientIds: ids(maxEventClients),
  note: cleanText(4000, { isMultiLine: true }),
};

export const eventCreateInput = z.strictObject({
  ...eventFields,
  town: eventFields.town.optional(),
  partnerIds: eventFields.partnerIds.default([]),
  clientIds: eventFields.clientIds.default([]),
  note: eventFields.note.default(''),
});

export const eventUpdateInput = z.strictObject({
  id: recordId,
  changes: z.strictObject(eventFields).partial(),
});

export const eventListInput = z
  .strictObject({ from: isoDate.optional(), to: isoDate.optional() })
  .refine((period) => !period.from || !period.to || period.from <= period.to, {
    error: 'endBeforeStart',
    path: ['to'],
  });

export const eventIdInput = z.strictObject({ id: recordId });
